// -race corpus, race-free: Mutex.TryLock spin.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	n := 0
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !mu.TryLock() {
			}
			n++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(n)
}

// Flags: -race
// Output:
// 4
