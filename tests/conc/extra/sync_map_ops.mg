// sync.Map from many goroutines: Store, LoadOrStore, LoadAndDelete, Delete, Range with early stop, key types.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(i%10, i%10*i%10)
			m.LoadOrStore(fmt.Sprint("k", i%5), i%5)
		}(i)
	}
	wg.Wait()
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(len(keys), keys)

	v, ok := m.Load("k3")
	fmt.Println(v, ok)
	v, loaded := m.LoadOrStore("k3", 99)
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete("k3")
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete("k3")
	fmt.Println(v, loaded)
	m.Delete("nope")
	m.Delete(1)
	_, ok = m.Load(1)
	fmt.Println("1 present:", ok)

	// Range stops when f returns false.
	n := 0
	m.Range(func(k, v any) bool { n++; return n < 3 })
	fmt.Println("visited", n)

	// Keys of different dynamic types are different keys.
	var m2 sync.Map
	m2.Store(1, "int")
	m2.Store(int64(1), "int64")
	m2.Store("1", "string")
	type key struct{ a, b int }
	m2.Store(key{1, 2}, "struct")
	for _, k := range []any{1, int64(1), "1", key{1, 2}, key{2, 1}} {
		v, ok := m2.Load(k)
		fmt.Println(k, v, ok)
	}
}

// Output:
// 15 [0=0 1=1 2=4 3=9 4=6 5=5 6=6 7=9 8=4 9=1 k0=0 k1=1 k2=2 k3=3 k4=4]
// 3 true
// 3 true
// 3 true
// <nil> false
// 1 present: false
// visited 3
// 1 int true
// 1 int64 true
// 1 string true
// {1 2} struct true
// {2 1} <nil> false
