package main

import (
	"fmt"
	"sync"
	"time"
)

// Sleep sleeps at least the duration; sleeping goroutines run concurrently;
// zero and negative sleeps return at once.
func main() {
	start := time.Now()
	time.Sleep(30 * time.Millisecond)
	fmt.Println(time.Since(start) >= 30*time.Millisecond)

	start = time.Now()
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(100 * time.Millisecond)
		}()
	}
	wg.Wait()
	el := time.Since(start)
	fmt.Println(el >= 100*time.Millisecond, el < 2*time.Second)

	start = time.Now()
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println(time.Since(start) < time.Second)
	deadline := time.Now().Add(50 * time.Millisecond)
	fmt.Println(time.Until(deadline) > 0)
	time.Sleep(time.Until(deadline) + time.Millisecond)
	fmt.Println(time.Until(deadline) < 0, time.Now().After(deadline))
}

// Output:
// true
// true true
// true
// true
// true true
