// Seed document s1 (001_f7ebe58bf6508199.txt), lines 328-329: panic: close of closed channel.
// The block is verbatim; lines marked `// added` are what it needs to run.
ch := make(chan int) // added
close(ch)
close(ch) // panic: close of closed channel

// Exit: 2
// Stderr: ^panic: close of closed channel$
// Stderr: ^goroutine 1 \[running\]:$
