package main

import (
	"fmt"
	"sync"
)

// Closing a channel wakes every goroutine blocked receiving from it.
func main() {
	const n = 50
	gate := make(chan struct{})
	var started, done sync.WaitGroup
	results := make(chan bool, n)
	started.Add(n)
	done.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			defer done.Done()
			started.Done()
			_, ok := <-gate
			results <- ok
		}()
	}
	started.Wait()
	close(gate)
	done.Wait()
	close(results)
	count, oks := 0, 0
	for ok := range results {
		count++
		if ok {
			oks++
		}
	}
	fmt.Println(count, oks)
}

// Output:
// 50 0
