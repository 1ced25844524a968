package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	cs := make([]uint32, 5)
	cs[0], cs[2] = 7, 9
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				atomic.AddUint32(&cs[1], 1)
			}
			atomic.AddUint32(&cs[3], ^uint32(0))
		}()
	}
	wg.Wait()
	fmt.Println(cs, atomic.LoadUint32(&cs[1]))
	atomic.StoreUint32(&cs[4], 1<<32-1)
	fmt.Println(atomic.CompareAndSwapUint32(&cs[2], 9, 10), atomic.CompareAndSwapUint32(&cs[2], 9, 11))
	fmt.Println(atomic.SwapUint32(&cs[0], 8), cs)
	var u atomic.Uint32
	u.Store(5)
	u.Add(1<<32 - 1)
	var x uint32 = 3
	atomic.AddUint32(&x, 2)
	fmt.Println(u.Load(), x)
}

// Output:
// [7 4000 9 4294967292 0] 4000
// true false
// 7 [8 4000 10 4294967292 4294967295]
// 4 5
