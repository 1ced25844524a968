// Seed document s1 (001_f7ebe58bf6508199.txt), lines 313-316: if nobody receives, this goroutine blocks forever.
// The block is verbatim; lines marked `// added` are what it needs to run.
func compute() int { return 42 } // added
ch := make(chan int) // added
// LEAK — if nobody receives, this goroutine blocks forever
go func() {
ch <- compute()
}()

// Flags: -leaks
// Exit: 3
// Stderr: ^minigo: 1 goroutine still alive when main returned:$
// Stderr: ^goroutine [0-9]+ \[chan send\]:$
