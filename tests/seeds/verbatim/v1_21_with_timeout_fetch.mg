// Seed document s1 (001_f7ebe58bf6508199.txt), lines 208-212: err == context.DeadlineExceeded if it timed out.
// The block is verbatim; lines marked `// added` are what it needs to run.
func fetch(ctx context.Context, url string) error { // added
	<-ctx.Done() // added
	fmt.Println(url, ctx.Err() == context.DeadlineExceeded) // added
	return ctx.Err() // added
} // added
url := "https://example.com" // added
ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
defer cancel()
if err := fetch(ctx, url); err != nil {
// err == context.DeadlineExceeded if it timed out
}

// Output:
// https://example.com true
