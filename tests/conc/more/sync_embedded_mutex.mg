package main

import (
	"fmt"
	"sync"
)

// A struct embedding sync.Mutex gets Lock/Unlock as promoted methods, and a
// pointer to it satisfies sync.Locker.
type counter struct {
	sync.Mutex
	n map[string]int
}

func (c *counter) inc(k string) {
	c.Lock()
	defer c.Unlock()
	c.n[k]++
}

type guarded struct {
	sync.RWMutex
	v int
}

func main() {
	c := &counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.inc([]string{"a", "b"}[j%2])
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n["a"], c.n["b"])
	var l sync.Locker = c
	l.Lock()
	fmt.Println(c.TryLock())
	l.Unlock()
	fmt.Println(c.TryLock())
	c.Unlock()

	g := &guarded{}
	g.Lock()
	g.v = 5
	g.Unlock()
	g.RLock()
	fmt.Println(g.v)
	g.RUnlock()
	var rl sync.Locker = g.RLocker()
	rl.Lock()
	rl.Lock()
	fmt.Println(g.TryLock())
	rl.Unlock()
	rl.Unlock()
	fmt.Println(g.TryLock())
}

// Output:
// 1000 1000
// false
// true
// 5
// false
// true
