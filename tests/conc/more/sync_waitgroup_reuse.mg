package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// A WaitGroup is reusable once Wait has returned; several goroutines may Wait.
func main() {
	var wg sync.WaitGroup
	var n int64
	for round := 1; round <= 5; round++ {
		for i := 0; i < round*10; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				atomic.AddInt64(&n, 1)
			}()
		}
		wg.Wait()
		fmt.Println("round", round, atomic.LoadInt64(&n))
	}
	var gate sync.WaitGroup
	gate.Add(1)
	var waiters sync.WaitGroup
	var woke int64
	for i := 0; i < 10; i++ {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			gate.Wait()
			atomic.AddInt64(&woke, 1)
		}()
	}
	gate.Done()
	waiters.Wait()
	fmt.Println("woke", woke)
	wg.Wait() // zero counter: returns at once
	fmt.Println("done")
}

// Output:
// round 1 10
// round 2 30
// round 3 60
// round 4 100
// round 5 150
// woke 10
// done
