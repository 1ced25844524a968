package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// 100,000 goroutines block on one channel at the same time; closing it
// releases every one of them, each sees the zero value and ok == false.
func main() {
	const n = 100000
	gate := make(chan int)
	var parked, released, sawOK int64
	var ready, done sync.WaitGroup
	ready.Add(n)
	done.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			atomic.AddInt64(&parked, 1)
			ready.Done()
			v, ok := <-gate
			if ok || v != 0 {
				atomic.AddInt64(&sawOK, 1)
			}
			atomic.AddInt64(&released, 1)
			done.Done()
		}()
	}
	ready.Wait()
	// Every goroutine has counted itself; wait until they are all blocked.
	for runtime.NumGoroutine() < n+1 {
		runtime.Gosched()
	}
	fmt.Println("parked", atomic.LoadInt64(&parked), "released before close", atomic.LoadInt64(&released))
	close(gate)
	done.Wait()
	fmt.Println("released", atomic.LoadInt64(&released), "bad", atomic.LoadInt64(&sawOK))
	v, ok := <-gate
	fmt.Println(v, ok)
}

// Timeout: 30
// Output:
// parked 100000 released before close 0
// released 100000 bad 0
// 0 false
