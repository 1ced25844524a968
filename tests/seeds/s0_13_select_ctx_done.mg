// Seed 0, "What does select do?": select between a value and ctx.Done().
func handle(v int) { fmt.Println("handle", v) }

func serve(ctx context.Context, in chan int) error {
	select {
	case v := <-in:
		handle(v)
	case <-ctx.Done():
		return ctx.Err()
	}
	return nil
}

in := make(chan int, 1)
in <- 7
ctx, cancel := context.WithCancel(context.Background())
fmt.Println(serve(ctx, in))
cancel()
fmt.Println(serve(ctx, in))

// Output:
// handle 7
// <nil>
// context canceled
