// WithTimeout around a slow operation, inherited earlier deadlines, cancel before timeout.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return "done", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	r, err := slowOp(ctx, 5*time.Millisecond)
	fmt.Println(r, err)
	r, err = slowOp(ctx, 2*time.Second)
	fmt.Printf("%q %v %v\n", r, err, errors.Is(err, context.DeadlineExceeded))
	fmt.Println(ctx.Err() == context.DeadlineExceeded)
	_, has := ctx.Deadline()
	fmt.Println("has deadline:", has)

	// A child with a later timeout inherits the parent's earlier deadline.
	parent, pc := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer pc()
	child, cc := context.WithTimeout(parent, time.Hour)
	defer cc()
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline()
	fmt.Println("same deadline:", pd.Equal(cd))
	<-child.Done()
	fmt.Println(child.Err())

	// cancel before the timeout wins: Canceled, not DeadlineExceeded.
	c3, cancel3 := context.WithTimeout(context.Background(), time.Hour)
	cancel3()
	<-c3.Done()
	fmt.Println(c3.Err(), errors.Is(c3.Err(), context.Canceled))
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(context.DeadlineExceeded, &te), te.Timeout())
}

// Output:
// done <nil>
// "" context deadline exceeded true
// true
// has deadline: true
// same deadline: true
// context deadline exceeded
// context canceled true
// true true
