// -race corpus, race-free: a writer that waits for the readers ahead of it (their
// RUnlocks happen before its Lock), then TryRLock and TryLock.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	data := []int{1, 2, 3}
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			time.Sleep(5 * time.Millisecond)
			_ = data[0] + data[1]
			rw.RUnlock()
		}()
	}
	time.Sleep(time.Millisecond)
	rw.Lock()
	data[0] = 10
	rw.Unlock()
	if rw.TryRLock() {
		_ = data[0]
		rw.RUnlock()
	}
	if rw.TryLock() {
		data[1] = 20
		rw.Unlock()
	}
	wg.Wait()
	fmt.Println(data)
}

// Flags: -race
// Output:
// [10 20 3]
