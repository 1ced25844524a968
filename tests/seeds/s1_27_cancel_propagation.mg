// Seed 1, "Cancellation propagation": one cancel() stops all ten workers.
func worker(ctx context.Context, i int) {
	<-ctx.Done()
	fmt.Println("worker", i, "stopped:", ctx.Err())
}

ctx, cancel := context.WithCancel(context.Background())
defer cancel()
for i := 0; i < 10; i++ {
	go worker(ctx, i)
}
// Cancel everyone:
cancel()
time.Sleep(100 * time.Millisecond)

// Flags: -leaks
// Unordered output:
// worker 0 stopped: context canceled
// worker 1 stopped: context canceled
// worker 2 stopped: context canceled
// worker 3 stopped: context canceled
// worker 4 stopped: context canceled
// worker 5 stopped: context canceled
// worker 6 stopped: context canceled
// worker 7 stopped: context canceled
// worker 8 stopped: context canceled
// worker 9 stopped: context canceled
