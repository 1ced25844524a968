package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type stats struct {
	hits   atomic.Int64
	misses atomic.Uint32
	open   atomic.Bool
	gen    atomic.Int32
	total  atomic.Uint64
}

// The atomic types of Go 1.19: methods, zero values, use as struct fields.
func main() {
	var s stats
	fmt.Println(s.hits.Load(), s.misses.Load(), s.open.Load(), s.gen.Load(), s.total.Load())
	fmt.Println(s.open.Swap(true), s.open.Load(), s.open.CompareAndSwap(false, true), s.open.CompareAndSwap(true, false), s.open.Load())
	s.open.Store(true)
	fmt.Println(s.gen.Add(3), s.gen.Swap(9), s.gen.CompareAndSwap(9, 10), s.gen.Load())
	s.total.Store(1 << 63)
	fmt.Println(s.total.Add(1<<63), s.misses.Add(^uint32(0)))

	var wg sync.WaitGroup
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				if i%4 == 0 {
					s.misses.Add(1)
				} else {
					s.hits.Add(1)
				}
				s.total.Add(uint64(i))
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(s.hits.Load(), s.misses.Load(), s.total.Load())
	// CAS loop: a shared maximum.
	var max atomic.Int64
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int64) {
			defer wg.Done()
			for {
				m := max.Load()
				if g*g <= m || max.CompareAndSwap(m, g*g) {
					return
				}
			}
		}(int64(g))
	}
	wg.Wait()
	fmt.Println(max.Load())
}

// Output:
// 0 0 false 0 0
// false true false true false
// 3 3 true 10
// 0 4294967295
// 12000 3999 7992000
// 225
