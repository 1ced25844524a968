package main

// Go 1.21+ API (context.WithCancelCause, context.Cause, context.AfterFunc,
// context.WithoutCancel): Go 1.19 lacks them, so this expected output was
// written by reasoning from the Go 1.21 documentation, not checked by `go run`.

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	fmt.Println(context.Cause(ctx))
	cancel(errors.New("disk full"))
	fmt.Println(ctx.Err(), context.Cause(ctx))
	cancel(errors.New("second cause ignored"))
	fmt.Println(context.Cause(ctx))

	// A nil cause reads back as context.Canceled.
	c2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(nil)
	fmt.Println(context.Cause(c2))

	// Children inherit the parent's cause; plain cancel gives Canceled.
	parent, pcancel := context.WithCancelCause(context.Background())
	child, ccancel := context.WithCancel(parent)
	defer ccancel()
	pcancel(errors.New("shutdown"))
	fmt.Println(child.Err(), context.Cause(child))
	fmt.Println(context.Cause(context.Background()))

	// AfterFunc runs f in its own goroutine once ctx is done; stop before that
	// prevents it and reports true.
	a, acancel := context.WithCancel(context.Background())
	ran := make(chan string, 1)
	context.AfterFunc(a, func() { ran <- "after func ran" })
	acancel()
	fmt.Println(<-ran)

	b, bcancel := context.WithCancel(context.Background())
	stop := context.AfterFunc(b, func() { ran <- "should not run" })
	fmt.Println("stop:", stop(), stop())
	bcancel()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("queued:", len(ran))

	// WithoutCancel keeps values but not cancellation.
	v := context.WithValue(context.Background(), "k", "v")
	vc, vcancel := context.WithCancel(v)
	w := context.WithoutCancel(vc)
	vcancel()
	fmt.Println(vc.Err(), w.Err(), w.Done() == nil, w.Value("k"))
}

// Output:
// <nil>
// context canceled disk full
// disk full
// context canceled
// context canceled shutdown
// <nil>
// after func ran
// stop: true false
// queued: 0
// context canceled <nil> true v
