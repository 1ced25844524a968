package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// One million goroutines, each adds its index atomically: the total is exact.
func main() {
	const n = 1000000
	var total int64
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			atomic.AddInt64(&total, int64(i))
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println(total, total == int64(n)*(n-1)/2)
}

// Timeout: 60
// Output:
// 499999500000 true
