// Several goroutines waiting on one WaitGroup, WaitGroup reuse, Add with a negative delta.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func main() {
	var ready sync.WaitGroup
	ready.Add(3)
	var mu sync.Mutex
	var woke []string
	var all sync.WaitGroup
	for _, name := range []string{"w1", "w2", "w3", "w4"} {
		all.Add(1)
		go func(n string) {
			defer all.Done()
			ready.Wait()
			mu.Lock()
			woke = append(woke, n)
			mu.Unlock()
		}(name)
	}
	for i := 0; i < 3; i++ {
		go func(i int) {
			time.Sleep(time.Duration(i*5) * time.Millisecond)
			ready.Done()
		}(i)
	}
	all.Wait()
	sort.Strings(woke)
	fmt.Println(woke)

	// A WaitGroup can be reused once Wait returned.
	var wg sync.WaitGroup
	total := 0
	var tm sync.Mutex
	for round := 1; round <= 3; round++ {
		for i := 0; i < round; i++ {
			wg.Add(1)
			go func(v int) {
				defer wg.Done()
				tm.Lock()
				total += v
				tm.Unlock()
			}(round)
		}
		wg.Wait()
	}
	fmt.Println("total", total)

	// Wait on a zero WaitGroup returns at once; Add with a negative delta releases waiters.
	var z sync.WaitGroup
	z.Wait()
	z.Add(2)
	done := make(chan bool)
	go func() { z.Wait(); done <- true }()
	z.Add(-2)
	fmt.Println(<-done)
}

// Output:
// [w1 w2 w3 w4]
// total 14
// true
