// Seed 1, "WithTimeout and WithDeadline": fetch gives up when the context's
// deadline passes; err == context.DeadlineExceeded.
func fetch(ctx context.Context, url string) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(time.Minute):
		return nil
	}
}

url := "https://example.com"
ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
defer cancel()
if err := fetch(ctx, url); err != nil {
	// err == context.DeadlineExceeded if it timed out
	fmt.Println(err, err == context.DeadlineExceeded)
}

d, cancel2 := context.WithDeadline(context.Background(), time.Now().Add(50*time.Millisecond))
defer cancel2()
fmt.Println(fetch(d, url) == context.DeadlineExceeded)

// Output:
// context deadline exceeded true
// true
