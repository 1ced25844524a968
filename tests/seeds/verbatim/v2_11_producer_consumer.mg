// Seed document s2 (002_2b4772fa68bf654e.txt), lines 205-218: directional channels: the producer closes, the consumer ranges.
// The block is verbatim; lines marked `// added` are what it needs to run.
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
ch := make(chan int) // added
go producer(ch) // added
consumer(ch) // added

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
