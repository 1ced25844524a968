package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Mutex, RWMutex, WaitGroup, Cond and Once under load: every count is exact.

func mutexes() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	const g, n = 200, 20000
	for i := 0; i < g; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < n; j++ {
				if j%7 == 0 {
					for !mu.TryLock() {
					}
				} else {
					mu.Lock()
				}
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("mutex:", counter, counter == g*n)
}

func rwmutexes() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	shared := map[int]int{}
	var readers, maxReaders, badReads int64
	const writers, readerGs, n = 20, 100, 5000
	for i := 0; i < writers; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < n; j++ {
				rw.Lock()
				if atomic.LoadInt64(&readers) != 0 {
					atomic.AddInt64(&badReads, 1)
				}
				// Two writes that readers must always see together.
				shared[0]++
				shared[1] = shared[0] * 2
				rw.Unlock()
			}
		}(i)
	}
	for i := 0; i < readerGs; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < n; j++ {
				rw.RLock()
				r := atomic.AddInt64(&readers, 1)
				for {
					m := atomic.LoadInt64(&maxReaders)
					if r <= m || atomic.CompareAndSwapInt64(&maxReaders, m, r) {
						break
					}
				}
				if shared[1] != shared[0]*2 {
					atomic.AddInt64(&badReads, 1)
				}
				atomic.AddInt64(&readers, -1)
				rw.RUnlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("rwmutex:", shared[0], shared[1], "bad", badReads, "max readers >= 1:", maxReaders >= 1)
}

func conds() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	queue := []int{}
	const producers, consumers, per = 10, 10, 20000
	var wg sync.WaitGroup
	sum := 0
	taken := 0
	for i := 0; i < consumers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				for len(queue) == 0 && taken < producers*per {
					cond.Wait()
				}
				if taken == producers*per {
					mu.Unlock()
					cond.Broadcast()
					return
				}
				sum += queue[0]
				queue = queue[1:]
				taken++
				mu.Unlock()
			}
		}()
	}
	var pwg sync.WaitGroup
	for p := 0; p < producers; p++ {
		pwg.Add(1)
		go func(p int) {
			defer pwg.Done()
			for j := 1; j <= per; j++ {
				mu.Lock()
				queue = append(queue, j)
				mu.Unlock()
				if j%2 == 0 {
					cond.Signal()
				} else {
					cond.Broadcast()
				}
			}
		}(p)
	}
	pwg.Wait()
	mu.Lock()
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("cond:", taken, sum, sum == producers*per*(per+1)/2)
}

func onces() {
	var once sync.Once
	var calls, after int64
	var wg sync.WaitGroup
	var start sync.WaitGroup
	start.Add(1)
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			start.Wait()
			once.Do(func() { atomic.AddInt64(&calls, 1) })
			// Do returns only after f has returned: calls is 1 here.
			if atomic.LoadInt64(&calls) == 1 {
				atomic.AddInt64(&after, 1)
			}
		}()
	}
	start.Done()
	wg.Wait()
	fmt.Println("once:", calls, after)
}

func waitgroups() {
	// Nested waitgroups reused across rounds.
	var total int64
	var wg sync.WaitGroup
	for round := 0; round < 500; round++ {
		var inner sync.WaitGroup
		for i := 0; i < 100; i++ {
			wg.Add(1)
			inner.Add(1)
			go func(i int) {
				defer wg.Done()
				defer inner.Done()
				atomic.AddInt64(&total, int64(i))
			}(i)
		}
		inner.Wait()
	}
	wg.Wait()
	fmt.Println("waitgroup:", total, total == 500*4950)
}

func main() {
	mutexes()
	rwmutexes()
	conds()
	onces()
	waitgroups()
}

// Timeout: 90
// Output:
// mutex: 4000000 true
// rwmutex: 100000 200000 bad 0 max readers >= 1: true
// cond: 200000 2000100000 true
// once: 1 1000
// waitgroup: 2475000 true
