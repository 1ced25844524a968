package main

import (
	"fmt"
	"sync"
)

// Many goroutines increment a shared map and counter under one Mutex.
func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counts := map[int]int{}
	total := 0
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				mu.Lock()
				counts[i%10]++
				total++
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(total, len(counts), counts[0], counts[9])
}

// Output:
// 50000 10 5000 5000
