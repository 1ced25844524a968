// The seeds' "hundreds of thousands of goroutines": 100,000 goroutines alive at
// once, all parked on one channel, then released by a close; every one reports.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	const n = 100000
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			mu.Lock()
			sum += i
			mu.Unlock()
		}(i)
	}
	fmt.Println(runtime.NumGoroutine()) // all parked on start
	close(start)
	wg.Wait()
	fmt.Println(sum == n*(n-1)/2)
}

// The [seed] variant takes ~2.5 s on an idle machine (rt_det_pick gathers and puts
// back up to 321 runnable Gs per pick); the default 10 s was too close under load.
// Timeout: 30

// Output:
// 100001
// true
