// errgroup SetLimit bounds concurrency; TryGo; SetLimit while active panics; negative limit.
package main

import (
	"fmt"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.SetLimit(2)
	var active, peak int32
	for i := 0; i < 8; i++ {
		g.Go(func() error {
			n := atomic.AddInt32(&active, 1)
			for {
				p := atomic.LoadInt32(&peak)
				if n <= p || atomic.CompareAndSwapInt32(&peak, p, n) {
					break
				}
			}
			time.Sleep(5 * time.Millisecond)
			atomic.AddInt32(&active, -1)
			return nil
		})
	}
	fmt.Println(g.Wait(), peak)

	var h errgroup.Group
	h.SetLimit(1)
	release := make(chan struct{})
	fmt.Println(h.TryGo(func() error { <-release; return nil }))
	fmt.Println(h.TryGo(func() error { return nil }))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		h.SetLimit(3)
	}()
	close(release)
	fmt.Println(h.Wait())
	fmt.Println(h.TryGo(func() error { return fmt.Errorf("late") }))
	fmt.Println(h.Wait())
	h.SetLimit(-1)
	for i := 0; i < 3; i++ {
		fmt.Print(h.TryGo(func() error { return nil }), " ")
	}
	fmt.Println()
	fmt.Println(h.Wait())
}

// Output:
// <nil> 2
// true
// false
// recovered: errgroup: modify limit while 1 goroutines in the group are still active
// <nil>
// true
// late
// true true true 
// late
