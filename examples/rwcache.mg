// rwcache: a read-mostly cache behind a sync.RWMutex. Many readers hold the
// read lock at once; a writer takes the exclusive lock. Get-or-compute uses the
// double-checked pattern: look up under RLock, and only on a miss take Lock and
// look again, so each key is computed once however many goroutines miss it.
package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu       sync.RWMutex
	m        map[int]int
	computed int
}

func (c *Cache) Get(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *Cache) GetOrCompute(k int, f func(int) int) int {
	if v, ok := c.Get(k); ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.m[k]; ok { // another goroutine filled it meanwhile
		return v
	}
	v := f(k)
	c.m[k] = v
	c.computed++
	return v
}

func main() {
	c := &Cache{m: make(map[int]int)}
	square := func(k int) int { return k * k }
	var wg sync.WaitGroup
	sums := make([]int, 8)
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				sums[r] += c.GetOrCompute(k%10, square)
			}
		}(r)
	}
	wg.Wait()
	fmt.Println("keys computed:", c.computed)
	fmt.Println("each reader's sum:", sums[0], sums[7])
	v, ok := c.Get(9)
	fmt.Println("cached 9:", v, ok)
}

// Output:
// keys computed: 10
// each reader's sum: 2850 2850
// cached 9: 81 true
