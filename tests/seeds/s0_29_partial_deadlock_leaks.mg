// Seed 0, "What is a deadlock": "the runtime only catches the case where *all*
// goroutines are stuck — a partial deadlock leaks silently". Go exits 0 here;
// minigo's -leaks names the stuck goroutine.
func process(v int) { fmt.Println("process", v) }

ch := make(chan int)
go func() {
	for v := range ch {
		process(v)
	}
}()
ch <- 1
ch <- 2
time.Sleep(100 * time.Millisecond)
fmt.Println("main returns; the consumer still waits for close(ch)")

// Flags: -leaks
// Exit: 3
// Output:
// process 1
// process 2
// main returns; the consumer still waits for close(ch)
// Stderr: ^minigo: 1 goroutine still alive when main returned:$
// Stderr: ^goroutine [0-9]+ \[chan receive\]:$
// Stderr: ^main\.main\.func1\(\)$
// Stderr: ^	.*s0_29_partial_deadlock_leaks\.mg:8$
// Stderr: ^created by main\.main in goroutine 1$
// Stderr: ^	.*s0_29_partial_deadlock_leaks\.mg:7$
