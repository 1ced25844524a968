// WithDeadline in the past, a later child deadline keeps the parent's, parent cancel wins.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	d := time.Now().Add(-time.Second)
	ctx, cancel := context.WithDeadline(context.Background(), d)
	defer cancel()
	select {
	case <-ctx.Done():
		fmt.Println("done at once:", ctx.Err())
	default:
		fmt.Println("not done")
	}
	dl, ok := ctx.Deadline()
	fmt.Println(dl.Equal(d), ok)

	// WithDeadline later than the parent's keeps the parent's deadline (and type).
	p, pc := context.WithDeadline(context.Background(), time.Now().Add(30*time.Millisecond))
	defer pc()
	c, cc := context.WithDeadline(p, time.Now().Add(time.Hour))
	defer cc()
	pd, _ := p.Deadline()
	cdl, _ := c.Deadline()
	fmt.Println(pd.Equal(cdl))
	start := time.Now()
	<-c.Done()
	fmt.Println(c.Err(), time.Since(start) < time.Second)

	// Canceling the parent cancels deadline children with Canceled.
	root, rc := context.WithCancel(context.Background())
	kid, kc := context.WithDeadline(root, time.Now().Add(time.Hour))
	defer kc()
	rc()
	<-kid.Done()
	fmt.Println(kid.Err())
	// Background never finishes.
	fmt.Println(context.Background().Done() == nil, context.Background().Err())
	_, has := context.TODO().Deadline()
	fmt.Println(has)
}

// Output:
// done at once: context deadline exceeded
// true true
// true
// context deadline exceeded true
// context canceled
// true <nil>
// false
