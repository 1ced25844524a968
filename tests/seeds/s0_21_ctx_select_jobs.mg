// Seed 0, "How does a goroutine actually respond to context cancellation?".
func handle(work int) { fmt.Println("handle", work) }

func worker(ctx context.Context, jobs chan int) error {
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case work := <-jobs:
			handle(work)
		}
	}
}

jobs := make(chan int)
ctx, cancel := context.WithCancel(context.Background())
errc := make(chan error)
go func() { errc <- worker(ctx, jobs) }()
for i := 1; i <= 3; i++ {
	jobs <- i
}
cancel()
fmt.Println(<-errc)

// Output:
// handle 1
// handle 2
// handle 3
// context canceled
