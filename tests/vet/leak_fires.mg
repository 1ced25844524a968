// leak (minigo's own check): a goroutine sends on an unbuffered channel that a
// select stops receiving from once its other case (ctx.Done, time.After, default)
// wins, or that nothing receives from at all.
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

func bad(ctx context.Context) (int, error) {
	ch := make(chan int)
	go func() {
		ch <- slow()
	}()
	select {
	case v := <-ch:
		return v, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

func timeout() {
	results := make(chan string, 0)
	go func() { results <- "done" }()
	select {
	case r := <-results:
		fmt.Println(r)
	case <-time.After(time.Millisecond):
		fmt.Println("timed out")
	}
}

// default: the select does not wait at all
func poll() {
	ch := make(chan int)
	go func() { ch <- slow() }()
	select {
	case v := <-ch:
		fmt.Println(v)
	default:
		fmt.Println("not ready")
	}
}

// the caller returns without reading
func leaky() {
	ch := make(chan int)
	go func() {
		result := slow()
		ch <- result
	}()
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	fmt.Println(bad(ctx))
	timeout()
	poll()
	leaky()
}

// Stderr: /leak_fires\.mg:20:3: goroutine may leak: its send on unbuffered channel ch blocks forever once the select on line 22 takes its other case \(line 25\) \(minigo vet\)$
// Stderr: /leak_fires\.mg:32:14: goroutine may leak: its send on unbuffered channel results blocks forever once the select on line 33 takes its other case \(line 36\) \(minigo vet\)$
// Stderr: /leak_fires\.mg:44:14: goroutine may leak: its send on unbuffered channel ch blocks forever once the select on line 45 takes its other case \(line 48\) \(minigo vet\)$
// Stderr: /leak_fires\.mg:58:3: goroutine leaks: nothing receives from unbuffered channel ch, so its send blocks forever \(minigo vet\)$
// Exit: 1
