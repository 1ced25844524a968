// -race corpus, race-free: RWMutex: readers under RLock, writers under Lock.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"fmt"
	"sync"
)

var (
	rw  sync.RWMutex
	tbl = map[string]int{"a": 1}
)

func get(k string) int {
	rw.RLock()
	defer rw.RUnlock()
	return tbl[k]
}

func set(k string, v int) {
	rw.Lock()
	tbl[k] = v
	rw.Unlock()
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%2 == 0 {
				set("a", i)
			} else {
				_ = get("a")
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(len(tbl))
}

// Flags: -race
// Output:
// 1
