// Seed 1, "Goroutine leaks": if nobody receives, the goroutine blocks forever.
func compute() int { return 42 }

ch := make(chan int)
// LEAK — if nobody receives, this goroutine blocks forever
go func() {
	ch <- compute()
}()
time.Sleep(100 * time.Millisecond)
fmt.Println("main returns")

// Flags: -leaks
// Exit: 3
// Output:
// main returns
// Stderr: ^minigo: 1 goroutine still alive when main returned:$
// Stderr: ^goroutine [0-9]+ \[chan send\]:$
// Stderr: ^main\.main\.func1\(\)$
// Stderr: ^	.*s1_28_leak_no_receiver\.mg:7$
// Stderr: ^created by main\.main in goroutine 1$
// Stderr: ^	.*s1_28_leak_no_receiver\.mg:6$
