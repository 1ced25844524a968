// Seed 1, "WithCancel — manual cancellation" with the document's worker from
// "Checking a context inside a goroutine" (a select with a default case).
func worker(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			fmt.Println("worker canceled:", ctx.Err())
			return
		default:
			// do one unit of work
		}
	}
}

ctx, cancel := context.WithCancel(context.Background())
defer cancel() // release resources even on early return
go worker(ctx)
time.Sleep(10 * time.Millisecond)
// later, somewhere:
cancel() // signal worker to stop
time.Sleep(100 * time.Millisecond)

// Flags: -leaks
// Output:
// worker canceled: context canceled
