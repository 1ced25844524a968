// RWMutex: concurrent readers overlap, a writer waits for them, TryLock/TryRLock.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type Cache struct {
	mu   sync.RWMutex
	data map[int]int
}

func (c *Cache) Get(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := &Cache{data: map[int]int{}}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				c.Set(w*100+i, i)
			}
		}(w)
	}
	var found int64
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				if _, ok := c.Get(i); ok {
					atomic.AddInt64(&found, 1)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(c.data), found <= 100*4)

	// Many readers hold the lock together; a writer waits for all of them.
	var rw sync.RWMutex
	var active, maxActive int32
	start := make(chan struct{})
	var rg sync.WaitGroup
	for i := 0; i < 5; i++ {
		rg.Add(1)
		go func() {
			defer rg.Done()
			<-start
			rw.RLock()
			n := atomic.AddInt32(&active, 1)
			for {
				m := atomic.LoadInt32(&maxActive)
				if n <= m || atomic.CompareAndSwapInt32(&maxActive, m, n) {
					break
				}
			}
			time.Sleep(30 * time.Millisecond)
			atomic.AddInt32(&active, -1)
			rw.RUnlock()
		}()
	}
	close(start)
	time.Sleep(10 * time.Millisecond)
	rw.Lock()
	fmt.Println("writer sees active readers:", atomic.LoadInt32(&active))
	rw.Unlock()
	rg.Wait()
	fmt.Println("readers overlapped:", maxActive > 1)
	fmt.Println("TryRLock:", rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	fmt.Println("TryLock:", rw.TryLock(), rw.TryRLock())
	rw.Unlock()
}

// Output:
// 100 true
// writer sees active readers: 0
// readers overlapped: true
// TryRLock: true false
// TryLock: true false
