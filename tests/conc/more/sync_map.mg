package main

import (
	"fmt"
	"sort"
	"sync"
)

// sync.Map: Load/Store/LoadOrStore/LoadAndDelete/Delete/Range, used
// concurrently. (Swap/CompareAndSwap are Go 1.20: not used here.)
func main() {
	var m sync.Map
	v, ok := m.Load("x")
	fmt.Println(v, ok)
	m.Store("x", 1)
	v, ok = m.Load("x")
	fmt.Println(v, ok)
	a, loaded := m.LoadOrStore("x", 2)
	fmt.Println(a, loaded)
	a, loaded = m.LoadOrStore("y", 3)
	fmt.Println(a, loaded)
	a, loaded = m.LoadAndDelete("y")
	fmt.Println(a, loaded)
	a, loaded = m.LoadAndDelete("y")
	fmt.Println(a, loaded)
	m.Delete("x")
	m.Delete("nothing")

	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				m.LoadOrStore(i, g*1000+i)
			}
		}(g)
	}
	wg.Wait()
	keys := []int{}
	consistent := true
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		if v.(int)%1000 != k.(int) {
			consistent = false
		}
		return true
	})
	sort.Ints(keys)
	fmt.Println(len(keys), keys[0], keys[99], consistent)
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return n < 5
	})
	fmt.Println("stopped at", n)
}

// Output:
// <nil> false
// 1 true
// 1 true
// 3 false
// 3 true
// <nil> false
// 100 0 99 true
// stopped at 5
