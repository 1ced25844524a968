// Seed 2, "Channel Direction Types": producer closes, consumer ranges.
// producer can only send to the channel
func producer(out chan<- int) {
	for i := 0; i < 10; i++ {
		out <- i
	}
	close(out) // Sender closes the channel when done
}

// consumer can only receive from the channel
func consumer(in <-chan int) {
	for val := range in { // Iterates until channel is closed
		fmt.Println(val)
	}
}

ch := make(chan int)
go producer(ch)
consumer(ch)

// Output:
// 0
// 1
// 2
// 3
// 4
// 5
// 6
// 7
// 8
// 9
