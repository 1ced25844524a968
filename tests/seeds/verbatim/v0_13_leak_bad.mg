// Seed document s0 (000_ed7622a24a1b58fe.txt), lines 157-166: the caller stops listening: the goroutine is blocked forever on ch<-.
// The block is verbatim; lines marked `// added` are what it needs to run.
func expensive() int { time.Sleep(50 * time.Millisecond); return 1 } // added
func bad(ctx context.Context) (int, error) {
    ch := make(chan int) // unbuffered!
    go func() { ch <- expensive() }() // leaks if caller stops listening
    select {
    case v := <-ch:
        return v, nil
    case <-ctx.Done():
        return 0, ctx.Err() // goroutine now blocked forever on ch<-
    }
}
ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond) // added
defer cancel() // added
fmt.Println(bad(ctx)) // added

// Flags: -leaks
// Exit: 3
// Output:
// 0 context deadline exceeded
// Stderr: ^minigo: 1 goroutine still alive when main returned:$
// Stderr: ^goroutine [0-9]+ \[chan send\]:$
// Stderr: ^main\.bad\.func1\(\)$
