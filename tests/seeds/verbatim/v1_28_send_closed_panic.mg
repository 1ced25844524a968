// Seed document s1 (001_f7ebe58bf6508199.txt), lines 323-325: panic: send on closed channel.
// The block is verbatim; lines marked `// added` are what it needs to run.
ch := make(chan int)
close(ch)
ch <- 1 // panic: send on closed channel

// Exit: 2
// Stderr: ^panic: send on closed channel$
// Stderr: ^goroutine 1 \[running\]:$
