// Seed document s1 (001_f7ebe58bf6508199.txt), lines 50-53: an unbuffered send blocks until someone receives: alone in main it deadlocks.
// The block is verbatim; lines marked `// added` are what it needs to run.
ch := make(chan int) // unbuffered channel of ints
ch <- 42 // send
v := <-ch // receive
v, ok := <-ch // receive with "is the channel still open?"

// Exit: 2
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine 1 \[chan send\]:$
