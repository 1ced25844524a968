// Seed 2, "Goroutine Leaks", the better fix: context plus a buffered channel.
// expensiveComputation waits on a gate so the canceled call surely takes the
// ctx.Done() branch; afterwards the goroutine still finishes (no leak).
var gate = make(chan struct{})

func expensiveComputation() int { <-gate; return 42 }

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

ctx, cancel := context.WithCancel(context.Background())
cancel()
fmt.Println(bestFunction(ctx))
close(gate)
fmt.Println(bestFunction(context.Background()))
time.Sleep(100 * time.Millisecond)

// Flags: -leaks
// Output:
// 0 context canceled
// 42 <nil>
