package main

import (
	"context"
	"fmt"
	"time"
)

// WithDeadline in the past is done at once; a future deadline is reported
// by Deadline().
func main() {
	past := time.Now().Add(-time.Second)
	ctx, cancel := context.WithDeadline(context.Background(), past)
	defer cancel()
	select {
	case <-ctx.Done():
		fmt.Println("done at once:", ctx.Err())
	default:
		fmt.Println("not done")
	}
	d, ok := ctx.Deadline()
	fmt.Println(d.Equal(past), ok)

	future := time.Now().Add(40 * time.Millisecond)
	ctx2, cancel2 := context.WithDeadline(context.Background(), future)
	defer cancel2()
	d2, ok2 := ctx2.Deadline()
	fmt.Println(d2.Equal(future), ok2, ctx2.Err())
	<-ctx2.Done()
	fmt.Println(ctx2.Err(), !time.Now().Before(future))

	// The parent's earlier deadline wins over the child's later one.
	ctx3, cancel3 := context.WithDeadline(ctx2, time.Now().Add(time.Hour))
	defer cancel3()
	d3, _ := ctx3.Deadline()
	fmt.Println(d3.Equal(future), ctx3.Err())
}

// Output:
// done at once: context deadline exceeded
// true true
// true true <nil>
// context deadline exceeded true
// true context deadline exceeded
