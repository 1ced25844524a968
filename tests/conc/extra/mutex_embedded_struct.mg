// sync.Mutex/RWMutex embedded in structs: promoted Lock/Unlock, sync.Locker, RLocker, method values.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Registry struct {
	sync.Mutex
	items map[string]int
}

func (r *Registry) Inc(k string) {
	r.Lock()
	defer r.Unlock()
	r.items[k]++
}

type Stats struct {
	sync.RWMutex
	hits, misses int
}

func (s *Stats) Hit(ok bool) {
	s.Lock()
	if ok {
		s.hits++
	} else {
		s.misses++
	}
	s.Unlock()
}

func (s *Stats) Read() (int, int) {
	s.RLock()
	defer s.RUnlock()
	return s.hits, s.misses
}

type Locker interface {
	Lock()
	Unlock()
}

func withLock(l Locker, f func()) {
	l.Lock()
	defer l.Unlock()
	f()
}

func main() {
	r := &Registry{items: map[string]int{}}
	st := &Stats{}
	var wg sync.WaitGroup
	keys := []string{"x", "y", "z"}
	for i := 0; i < 60; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r.Inc(keys[i%3])
			st.Hit(i%4 == 0)
		}(i)
	}
	wg.Wait()
	var ks []string
	for k := range r.items {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Println(k, r.items[k])
	}
	fmt.Println(st.Read())

	// Embedded mutex satisfies sync.Locker; RLocker gives a reader Locker.
	var l sync.Locker = r
	total := 0
	withLock(l, func() { total = len(r.items) })
	withLock(st.RLocker(), func() { total += st.hits })
	fmt.Println("total", total)

	// Method values of the promoted methods.
	lock, unlock := r.Lock, r.Unlock
	lock()
	done := make(chan bool)
	go func() { r.Inc("w"); done <- true }()
	select {
	case <-done:
		fmt.Println("wrong: got lock")
	default:
		fmt.Println("blocked while locked")
	}
	unlock()
	<-done
	fmt.Println("w", r.items["w"])
}

// Output:
// x 20
// y 20
// z 20
// 15 45
// total 18
// blocked while locked
// w 1
