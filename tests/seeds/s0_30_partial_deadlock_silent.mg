// Seed 0, "What is a deadlock": without -leaks a partial deadlock is silent,
// exactly as in Go: exit status 0, nothing on stderr.
ch := make(chan int)
go func() {
	for v := range ch {
		fmt.Println("process", v)
	}
}()
ch <- 1
time.Sleep(100 * time.Millisecond)
fmt.Println("main returns")

// Output:
// process 1
// main returns
