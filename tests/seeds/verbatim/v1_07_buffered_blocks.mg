// Seed document s1 (001_f7ebe58bf6508199.txt), lines 57-62: a buffered channel holds 3 values; the 4th send blocks until someone receives.
// The block is verbatim; lines marked `// added` are what it needs to run.
unbuf := make(chan int) // unbuffered — strict handoff
buf := make(chan int, 3) // can hold 3 values
buf <- 1
buf <- 2
buf <- 3 // still doesn't block
buf <- 4 // BLOCKS until someone receives

// Exit: 2
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine 1 \[chan send\]:$
