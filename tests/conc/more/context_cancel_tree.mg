package main

import (
	"context"
	"errors"
	"fmt"
)

// Cancelling a parent cancels its children; cancelling a child leaves the
// parent alone; cancel is idempotent; Err is "context canceled".
func main() {
	parent, cancelParent := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(parent)
	grandchild, cancelGrand := context.WithCancel(child)
	defer cancelGrand()
	sibling, cancelSibling := context.WithCancel(parent)
	defer cancelSibling()

	fmt.Println(parent.Err(), child.Err(), grandchild.Err(), sibling.Err())
	cancelChild()
	fmt.Println(parent.Err(), child.Err(), grandchild.Err(), sibling.Err())
	select {
	case <-grandchild.Done():
		fmt.Println("grandchild done")
	default:
		fmt.Println("grandchild not done")
	}
	cancelChild()
	cancelParent()
	fmt.Println(parent.Err(), sibling.Err())
	fmt.Println(errors.Is(sibling.Err(), context.Canceled), sibling.Err() == context.Canceled)

	// A child of an already-cancelled parent starts cancelled.
	late, cancelLate := context.WithCancel(parent)
	defer cancelLate()
	<-late.Done()
	fmt.Println("late:", late.Err())

	// Goroutines waiting on Done all wake.
	ctx, cancel := context.WithCancel(context.Background())
	woke := make(chan int)
	for i := 0; i < 5; i++ {
		go func(i int) {
			<-ctx.Done()
			woke <- i
		}(i)
	}
	cancel()
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-woke
	}
	fmt.Println("woke sum", sum)
}

// Output:
// <nil> <nil> <nil> <nil>
// <nil> context canceled context canceled <nil>
// grandchild done
// context canceled context canceled
// true true
// late: context canceled
// woke sum 10
