// atomic.Int64/Uint32/Bool/Int32/Uintptr and atomic.Value Swap/CompareAndSwap, inconsistent-type panics.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Snapshot struct {
	Version int
	Names   []string
}

func main() {
	var hits atomic.Int64
	var flag atomic.Bool
	var u atomic.Uint32
	var cfg atomic.Value
	cfg.Store(Snapshot{Version: 0})

	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				hits.Add(1)
				u.Add(2)
			}
			if i == 3 {
				flag.Store(true)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(hits.Load(), u.Load(), flag.Load())

	fmt.Println(hits.Swap(5), hits.Load())
	fmt.Println(hits.CompareAndSwap(4, 1), hits.CompareAndSwap(5, 1), hits.Load())
	fmt.Println(flag.Swap(false), flag.CompareAndSwap(false, true), flag.Load())

	s := cfg.Load().(Snapshot)
	fmt.Println(s.Version, s.Names == nil)
	old := cfg.Swap(Snapshot{Version: 2, Names: []string{"a"}})
	fmt.Println(old.(Snapshot).Version, cfg.Load().(Snapshot).Names)
	var cv atomic.Value
	cv.Store(3)
	fmt.Println(cv.CompareAndSwap(4, 5), cv.CompareAndSwap(3, 5), cv.Load())

	var empty atomic.Value
	fmt.Println(empty.Load() == nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		cfg.Store("a string")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		empty.Store(nil)
	}()

	var i32 atomic.Int32
	i32.Store(-3)
	fmt.Println(i32.Add(-2), i32.Load())
	var up atomic.Uintptr
	up.Store(7)
	fmt.Println(up.Load())
}

// Output:
// 800 1600 true
// 800 5
// false true 1
// true true true
// 0 true
// 0 [a]
// false true 5
// true
// recovered: sync/atomic: store of inconsistently typed value into Value
// recovered: sync/atomic: store of nil value into Value
// -5 -5
// 7
