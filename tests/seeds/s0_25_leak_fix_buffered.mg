// Seed 0, "most common goroutine-leak pattern", the fix: "make the channel
// buffered (size 1) so the send always completes" - nothing leaks.
var gate = make(chan struct{})

func expensive() int { <-gate; return 42 }

func fixed(ctx context.Context) (int, error) {
	ch := make(chan int, 1)
	go func() { ch <- expensive() }()
	select {
	case v := <-ch:
		return v, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

ctx, cancel := context.WithCancel(context.Background())
cancel()
fmt.Println(fixed(ctx))
close(gate)
fmt.Println(fixed(context.Background()))
time.Sleep(100 * time.Millisecond)

// Flags: -leaks
// Output:
// 0 context canceled
// 42 <nil>
