// -race corpus, race-free: atomic.Int64 and atomic.Bool methods.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var hits atomic.Int64
	var on atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hits.Add(2)
			on.Store(true)
		}()
	}
	wg.Wait()
	fmt.Println(hits.Load(), on.Load())
}

// Flags: -race
// Output:
// 16 true
