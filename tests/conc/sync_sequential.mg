package main

import (
	"fmt"
	"sort"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println(mu.TryLock())
	mu.Unlock()
	fmt.Println(mu.TryLock())
	mu.Unlock()
	var l sync.Locker = &mu
	l.Lock()
	l.Unlock()

	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.Unlock()
	rl := rw.RLocker()
	rl.Lock()
	rl.Unlock()

	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	wg.Done()
	wg.Wait()

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	var o2 sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o2.Do(func() { panic("boom") })
	}()
	o2.Do(func() { fmt.Println("not again") })

	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	v, ok = m.Load("z")
	fmt.Println(v, ok)
	a, loaded := m.LoadOrStore("a", 5)
	fmt.Println(a, loaded)
	a, loaded = m.LoadOrStore("c", 3)
	fmt.Println(a, loaded)
	v, ok = m.LoadAndDelete("b")
	fmt.Println(v, ok)
	m.Delete("zz")
	m.Store(7, "seven")
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)

	pool := sync.Pool{New: func() any { return "new" }}
	fmt.Println(pool.Get())
	cn := &counter{n: map[string]int{}}
	cn.mu.Lock()
	cn.n["x"]++
	cn.mu.Unlock()
	fmt.Println(cn.n)

	var cmu sync.Mutex
	cond := sync.NewCond(&cmu)
	cond.Signal()
	cond.Broadcast()

	defer func() { fmt.Println(recover()) }()
	wg.Done()
}

// Output:
// false
// true
// false true
// true false
// once 0
// recovered: boom
// 1 true
// <nil> false
// 1 true
// 3 false
// 2 true
// [7=seven a=1 c=3]
// new
// map[x:1]
// sync: negative WaitGroup counter
