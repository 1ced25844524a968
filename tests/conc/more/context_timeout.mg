package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// WithTimeout: Done closes once the time has passed and Err reports the
// deadline; cancel before then reports "context canceled" instead; a
// child's deadline is never later than its parent's.
func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	start := time.Now()
	<-ctx.Done()
	fmt.Println(ctx.Err(), time.Since(start) >= 30*time.Millisecond)
	fmt.Println(errors.Is(ctx.Err(), context.DeadlineExceeded), ctx.Err() == context.DeadlineExceeded)
	cancel()
	fmt.Println("after cancel:", ctx.Err())

	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Hour)
	dl, ok := ctx2.Deadline()
	fmt.Println(ok, time.Until(dl) > 59*time.Minute)
	cancel2()
	fmt.Println(ctx2.Err())

	parent, pc := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer pc()
	child, cc := context.WithTimeout(parent, time.Hour)
	defer cc()
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline()
	fmt.Println(cd.Equal(pd))
	select {
	case <-child.Done():
		fmt.Println("child:", child.Err())
	case <-time.After(5 * time.Second):
		fmt.Println("child never done")
	}

	// A worker that gives up when its context expires.
	work := func(ctx context.Context) error {
		select {
		case <-time.After(time.Second):
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	wctx, wc := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer wc()
	fmt.Println("work:", work(wctx))
}

// Output:
// context deadline exceeded true
// true true
// after cancel: context deadline exceeded
// true true
// context canceled
// true
// child: context deadline exceeded
// work: context deadline exceeded
