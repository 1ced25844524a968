// Seed 0, "How do you range over a channel": the loop ends when ch is closed and drained.
func process(v int) { fmt.Println("process", v) }

ch := make(chan int)
go func() {
	for i := 1; i <= 3; i++ {
		ch <- i
	}
	close(ch)
}()
for v := range ch {
	process(v)
}
// reached only after ch is closed and empty
fmt.Println("range ended")

// Output:
// process 1
// process 2
// process 3
// range ended
