// Seed document s2 (002_2b4772fa68bf654e.txt), lines 136-168: the leaky goroutine blocks forever; the buffered and context fixes do not leak.
// The block is verbatim; lines marked `// added` are what it needs to run.
func expensiveComputation() int { time.Sleep(20 * time.Millisecond); return 42 } // added
// LEAK: This goroutine blocks forever if nobody reads from ch
func leakyFunction() {
    ch := make(chan int)
    go func() {
        result := expensiveComputation()
        ch <- result // Blocks forever if the caller gives up
    }()
    // If we return early (timeout, error), the goroutine is stuck
}

// FIX: Use a buffered channel so the goroutine can send and exit
func safeFunction() {
    ch := make(chan int, 1) // Buffer of 1: goroutine can send even if nobody reads
    go func() {
        result := expensiveComputation()
        ch <- result // Never blocks: buffer absorbs the value
    }()
}

// BETTER FIX: Use context for cancellation
func bestFunction(ctx context.Context) (int, error) {
    ch := make(chan int, 1)
    go func() {
        ch <- expensiveComputation()
    }()

    select {
    case result := <-ch:
        return result, nil
    case <-ctx.Done():
        return 0, ctx.Err() // The goroutine will complete and its result
    }                       // is absorbed by the buffer
}
leakyFunction() // added
safeFunction() // added
ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond) // added
defer cancel() // added
fmt.Println(bestFunction(ctx)) // added

// Flags: -leaks
// Exit: 3
// Output:
// 0 context deadline exceeded
// Stderr: ^minigo: 1 goroutine still alive when main returned:$
// Stderr: ^main\.leakyFunction\.func1\(\)$
