// semaphore: a buffered channel as a counting semaphore. Twenty tasks start at
// once, but at most three hold a slot at any moment; each task records how many
// were running when it entered, so the peak is measured, not assumed.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var running, peak, done int32
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}        // acquire
			defer func() { <-sem }() // release
			n := atomic.AddInt32(&running, 1)
			for {
				p := atomic.LoadInt32(&peak)
				if n <= p || atomic.CompareAndSwapInt32(&peak, p, n) {
					break
				}
			}
			time.Sleep(2 * time.Millisecond)
			atomic.AddInt32(&running, -1)
			atomic.AddInt32(&done, 1)
		}()
	}
	wg.Wait()
	fmt.Println("tasks done:", done)
	fmt.Println("peak within limit:", peak <= limit, peak > 0)
	fmt.Println("slots free at the end:", cap(sem)-len(sem))
}

// Output:
// tasks done: 20
// peak within limit: true true
// slots free at the end: 3
