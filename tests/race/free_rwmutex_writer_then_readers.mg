// -race corpus, race-free: Unlock happens before the RLocks that follow, RUnlock before Lock.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	value := 0
	var wg sync.WaitGroup
	rw.Lock()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			_ = value
			rw.RUnlock()
		}()
	}
	value = 5
	rw.Unlock()
	wg.Wait()
	rw.Lock()
	value++
	rw.Unlock()
	fmt.Println(value)
}

// Flags: -race
// Output:
// 6
