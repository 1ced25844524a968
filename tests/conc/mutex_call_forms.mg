// sync.Mutex under contention through every call form of Lock/Unlock (direct,
// Locker interface, method value, method expression, deferred, embedded).
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	sync.Mutex
	n int
}

func (c *counter) inc() {
	c.Lock()
	defer c.Unlock()
	c.n++
}

type guarded struct {
	mu sync.Mutex
	m  map[string]int
}

func main() {
	// Unlock through every call form: direct, deferred, method value,
	// method expression, the Locker interface, an embedded field.
	var mu sync.Mutex
	var l sync.Locker = &mu
	unlock := mu.Unlock
	unlockExpr := (*sync.Mutex).Unlock
	total := 0
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				switch (g + i) % 4 {
				case 0:
					mu.Lock()
					total++
					mu.Unlock()
				case 1:
					l.Lock()
					total++
					l.Unlock()
				case 2:
					mu.Lock()
					total++
					unlock()
				case 3:
					func() {
						mu.Lock()
						defer unlockExpr(&mu)
						total++
					}()
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("total", total)

	c := &counter{}
	var wg2 sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for i := 0; i < 1000; i++ {
				c.inc()
			}
		}()
	}
	wg2.Wait()
	fmt.Println("embedded", c.n)

	gm := guarded{m: map[string]int{}}
	var wg3 sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg3.Add(1)
		go func(g int) {
			defer wg3.Done()
			for i := 0; i < 500; i++ {
				gm.mu.Lock()
				gm.m[fmt.Sprint(i%10)] += g
				gm.mu.Unlock()
			}
		}(g)
	}
	wg3.Wait()
	sum := 0
	for _, v := range gm.m {
		sum += v
	}
	fmt.Println("map", len(gm.m), sum)
	fmt.Println("trylock", mu.TryLock(), mu.TryLock())
	mu.Unlock()
	fmt.Println("trylock again", mu.TryLock())
}

// Output:
// total 16000
// embedded 4000
// map 10 3000
// trylock true false
// trylock again true
