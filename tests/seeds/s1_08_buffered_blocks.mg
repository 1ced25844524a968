// Seed 1, "Unbuffered vs buffered": three sends fit, the fourth "BLOCKS until
// someone receives" - nobody will, so the runtime reports a deadlock.
unbuf := make(chan int) // unbuffered — strict handoff
buf := make(chan int, 3) // can hold 3 values
buf <- 1
buf <- 2
buf <- 3 // still doesn't block
fmt.Println("3 sends done", len(buf), cap(buf), cap(unbuf))
buf <- 4 // BLOCKS until someone receives

// Exit: 2
// Output:
// 3 sends done 3 3 0
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine 1 \[chan send\]:$
// Stderr: ^main\.main\(\)$
// Stderr: ^	.*s1_08_buffered_blocks\.mg:9$
