// Seed 0, "How do you make a goroutine cancellable to prevent leaks?": the
// goroutine returns on ctx.Done(), so nothing is left when main returns.
func process(ctx context.Context, job int) { fmt.Println("process", job) }

jobs := make(chan int)
ctx, cancel := context.WithCancel(context.Background())

go func() {
	for {
		select {
		case <-ctx.Done():
			return // cleanup and exit
		case job := <-jobs:
			process(ctx, job)
		}
	}
}()

for i := 1; i <= 3; i++ {
	jobs <- i
}
cancel()
time.Sleep(100 * time.Millisecond)

// Flags: -leaks
// Output:
// process 1
// process 2
// process 3
