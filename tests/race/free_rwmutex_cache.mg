// -race corpus, race-free: an RWMutex cache with writers and readers interleaved
// (RUnlock happens before the next Lock, whichever way the writer got in).
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"fmt"
	"strconv"
	"sync"
)

type cache struct {
	mu sync.RWMutex
	m  map[string]string
}

func (c *cache) get(k string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.m[k]
}

func (c *cache) set(k, v string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k] = v
}

func main() {
	c := &cache{m: map[string]string{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(3)
		go func(i int) { defer wg.Done(); c.set(strconv.Itoa(i), "v"+strconv.Itoa(i)) }(i)
		go func() { defer wg.Done(); _ = c.get("0") }()
		go func() { defer wg.Done(); _ = c.get("1") }()
	}
	wg.Wait()
	fmt.Println(len(c.m), c.get("7"))
}

// Flags: -race
// Output:
// 50 v7
