// -race corpus, race-free: sync.Cond with its mutex guarding a queue.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	var queue []int
	done := make(chan int)
	go func() {
		got := 0
		for got < 3 {
			mu.Lock()
			for len(queue) == 0 {
				cond.Wait()
			}
			queue = queue[1:]
			got++
			mu.Unlock()
		}
		done <- got
	}()
	for i := 0; i < 3; i++ {
		mu.Lock()
		queue = append(queue, i)
		cond.Signal()
		mu.Unlock()
	}
	fmt.Println(<-done)
}

// Flags: -race
// Output:
// 3
