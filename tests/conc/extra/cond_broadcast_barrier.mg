// A reusable barrier on sync.Cond Broadcast with generations; Broadcast/Signal without waiters.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Barrier struct {
	mu      sync.Mutex
	c       *sync.Cond
	n, seen int
	gen     int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{n: n}
	b.c = sync.NewCond(&b.mu)
	return b
}

func (b *Barrier) Await() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	g := b.gen
	b.seen++
	if b.seen == b.n {
		b.seen = 0
		b.gen++
		b.c.Broadcast()
		return g
	}
	for g == b.gen {
		b.c.Wait()
	}
	return g
}

func main() {
	const workers, phases = 4, 3
	b := NewBarrier(workers)
	var mu sync.Mutex
	var log []string
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for p := 0; p < phases; p++ {
				mu.Lock()
				log = append(log, fmt.Sprintf("phase %d worker %d", p, w))
				mu.Unlock()
				if g := b.Await(); g != p {
					panic("generation mismatch")
				}
			}
		}(w)
	}
	wg.Wait()
	// every entry of phase p precedes every entry of phase p+1
	ok := true
	for i := 1; i < len(log); i++ {
		if log[i-1][6] > log[i][6] {
			ok = false
		}
	}
	fmt.Println("phases ordered:", ok, len(log))
	sort.Strings(log)
	fmt.Println(log[0], "|", log[len(log)-1])

	// Broadcast with no waiters and Signal with no waiters are no-ops.
	var m sync.Mutex
	c := sync.NewCond(&m)
	c.Broadcast()
	c.Signal()
	ready := false
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			m.Lock()
			for !ready {
				c.Wait()
			}
			m.Unlock()
			done <- true
		}()
	}
	m.Lock()
	ready = true
	c.Broadcast()
	m.Unlock()
	<-done
	<-done
	<-done
	fmt.Println("all woke")
}

// Output:
// phases ordered: true 12
// phase 0 worker 0 | phase 2 worker 3
// all woke
