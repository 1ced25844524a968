// leak stays silent where the send can always be received or can give up.
package main

import (
	"context"
	"fmt"
	"time"
)

func slow() int {
	time.Sleep(10 * time.Millisecond)
	return 1
}

// buffered: the send always completes
func buffered(ctx context.Context) (int, error) {
	ch := make(chan int, 1)
	go func() { ch <- slow() }()
	select {
	case v := <-ch:
		return v, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

// the goroutine's send gives up with the caller
func cancellable(ctx context.Context) (int, error) {
	ch := make(chan int)
	go func() {
		select {
		case ch <- slow():
		case <-ctx.Done():
		}
	}()
	select {
	case v := <-ch:
		return v, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

// the value is received after the select too
func drained() {
	ch := make(chan int)
	go func() { ch <- slow() }()
	select {
	case v := <-ch:
		fmt.Println(v)
		return
	case <-time.After(time.Millisecond):
	}
	fmt.Println(<-ch)
}

// the select runs again until it receives
func polling() {
	ch := make(chan int)
	go func() { ch <- slow() }()
	for {
		select {
		case v := <-ch:
			fmt.Println(v)
			return
		case <-time.After(time.Millisecond):
		}
	}
}

// only one case: the receive always happens
func single() {
	ch := make(chan int)
	go func() { ch <- slow() }()
	select {
	case v := <-ch:
		fmt.Println(v)
	}
}

// the other case may never be ready: the select may still wait for ch
func either(out chan int) {
	ch := make(chan int)
	go func() { ch <- slow() }()
	select {
	case v := <-ch:
		fmt.Println(v)
	case out <- 1:
	}
}

// received after the goroutine starts, or drained by range after close
func received() {
	ch := make(chan int)
	go func() { ch <- slow() }()
	fmt.Println(<-ch)
	out := make(chan int)
	go func() {
		out <- 1
		close(out)
	}()
	for v := range out {
		fmt.Println(v)
	}
	buf := make(chan int, 1)
	go func() { buf <- 1 }()
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	fmt.Println(buffered(ctx))
	fmt.Println(cancellable(ctx))
	drained()
	polling()
	single()
	either(make(chan int))
	received()
}

// Exit: 0
