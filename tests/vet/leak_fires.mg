// leak (minigo's own check): a goroutine sends on an unbuffered channel that a
// select stops receiving from once its other case (ctx.Done, time.After) wins.
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

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	fmt.Println(bad(ctx))
	timeout()
	poll()
}

// Stderr: /leak_fires\.mg:19:3: goroutine may leak: its send on unbuffered channel ch blocks forever once the select on line 21 takes its other case \(line 24\) \(minigo vet\)$
// Stderr: /leak_fires\.mg:31:14: goroutine may leak: its send on unbuffered channel results blocks forever once the select on line 32 takes its other case \(line 35\) \(minigo vet\)$
// Stderr: /leak_fires\.mg:43:14: goroutine may leak: its send on unbuffered channel ch blocks forever once the select on line 44 takes its other case \(line 47\) \(minigo vet\)$
// Exit: 1
