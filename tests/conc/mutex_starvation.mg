package main

import (
	"fmt"
	"sync"
	"time"
)

// Starvation mode under load: holders sleep past the 1ms threshold now and
// then, so waiters turn the mutex FIFO; it must leave that mode again and
// every increment must count.
func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	n := 0
	order := make([]int, 0, 64)
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 3000; i++ {
				mu.Lock()
				n++
				if i%1000 == 0 {
					order = append(order, g)
					time.Sleep(2 * time.Millisecond)
				}
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(n, len(order))
	mu.Lock()
	fmt.Println("locked after the storm:", !mu.TryLock())
	mu.Unlock()
}

// Output:
// 18000 18
// locked after the storm: true
