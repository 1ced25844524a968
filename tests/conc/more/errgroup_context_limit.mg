package main

// golang.org/x/sync/errgroup is not in Go 1.19's standard library (and the
// module cache here is offline), so this expected output was written by
// reasoning from the errgroup documentation, not checked by `go run`.

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"

	"golang.org/x/sync/errgroup"
)

func main() {
	// WithContext: the first error cancels the group's context, so the
	// other tasks see ctx.Done and stop.
	g, ctx := errgroup.WithContext(context.Background())
	var stopped int64
	for i := 0; i < 5; i++ {
		i := i
		g.Go(func() error {
			if i == 0 {
				return errors.New("boom")
			}
			<-ctx.Done()
			atomic.AddInt64(&stopped, 1)
			return ctx.Err()
		})
	}
	fmt.Println(g.Wait(), stopped, ctx.Err())

	// Wait cancels the context even when every task succeeds.
	g2, ctx2 := errgroup.WithContext(context.Background())
	g2.Go(func() error { return nil })
	fmt.Println(g2.Wait(), ctx2.Err())

	// SetLimit bounds the active goroutines; TryGo refuses past the limit.
	var g3 errgroup.Group
	g3.SetLimit(2)
	var cur, max int64
	release := make(chan struct{})
	for i := 0; i < 2; i++ {
		g3.Go(func() error {
			n := atomic.AddInt64(&cur, 1)
			if n > atomic.LoadInt64(&max) {
				atomic.StoreInt64(&max, n)
			}
			<-release
			atomic.AddInt64(&cur, -1)
			return nil
		})
	}
	fmt.Println("trygo at limit:", g3.TryGo(func() error { return nil }))
	close(release)
	fmt.Println(g3.Wait(), max <= 2)
	fmt.Println("trygo after wait:", g3.TryGo(func() error { return errors.New("late") }), g3.Wait())
}

// Output:
// boom 4 context canceled
// <nil> context canceled
// trygo at limit: false
// <nil> true
// trygo after wait: true late
