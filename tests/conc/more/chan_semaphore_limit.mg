package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// A buffered channel as a counting semaphore: never more than 3 holders.
func main() {
	sem := make(chan struct{}, 3)
	var cur, max int32
	var wg sync.WaitGroup
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			n := atomic.AddInt32(&cur, 1)
			for {
				m := atomic.LoadInt32(&max)
				if n <= m || atomic.CompareAndSwapInt32(&max, m, n) {
					break
				}
			}
			time.Sleep(time.Millisecond)
			atomic.AddInt32(&cur, -1)
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println(max <= 3, max >= 1, cur, len(sem))
}

// Output:
// true true 0 0
