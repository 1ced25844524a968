// Seed 0, "most common goroutine-leak pattern": bad() returns on ctx.Done()
// and the goroutine stays blocked forever on `ch <-`. expensive() waits on a
// gate so that bad() surely takes the ctx.Done() branch.
var gate = make(chan struct{})

func expensive() int { <-gate; return 42 }

func bad(ctx context.Context) (int, error) {
	ch := make(chan int) // unbuffered!
	go func() { ch <- expensive() }() // leaks if caller stops listening
	select {
	case v := <-ch:
		return v, nil
	case <-ctx.Done():
		return 0, ctx.Err() // goroutine now blocked forever on ch<-
	}
}

ctx, cancel := context.WithCancel(context.Background())
cancel()
fmt.Println(bad(ctx))
close(gate)
time.Sleep(100 * time.Millisecond)

// Flags: -leaks
// Exit: 3
// Output:
// 0 context canceled
// Stderr: ^minigo: 1 goroutine still alive when main returned:$
// Stderr: ^goroutine [0-9]+ \[chan send\]:$
// Stderr: ^main\.bad\.func1\(\)$
// Stderr: ^	.*s0_24_leak_bad\.mg:10$
// Stderr: ^created by main\.bad in goroutine 1$
