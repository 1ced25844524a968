package main

import (
	"fmt"
	"sync"
)

// Cond: waiters re-check their condition in a loop; Signal wakes one,
// Broadcast wakes all.
func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	waiting := 0
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			c.Broadcast() // main waits on c too: wake everyone to re-check
			for !ready {
				c.Wait()
			}
			mu.Unlock()
		}()
	}
	mu.Lock()
	for waiting < 10 {
		c.Wait()
	}
	ready = true
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("all", waiting, "released")

	// Signal hands out tokens one at a time.
	tokens := 0
	got := make(chan int, 5)
	for i := 0; i < 5; i++ {
		go func(i int) {
			mu.Lock()
			for tokens == 0 {
				c.Wait()
			}
			tokens--
			mu.Unlock()
			got <- i
		}(i)
	}
	sum := 0
	for i := 0; i < 5; i++ {
		mu.Lock()
		tokens++
		c.Signal()
		mu.Unlock()
		sum += <-got
	}
	fmt.Println("sum", sum, "tokens", tokens)
	if c.L != sync.Locker(&mu) {
		fmt.Println("wrong L")
	}
}

// Output:
// all 10 released
// sum 10 tokens 0
