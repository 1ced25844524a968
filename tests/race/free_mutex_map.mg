// -race corpus, race-free: a map guarded by a mutex in a struct.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"fmt"
	"sync"
)

type safeMap struct {
	mu sync.Mutex
	m  map[string]int
}

func (s *safeMap) inc(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k]++
}

func main() {
	s := &safeMap{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.inc("x")
		}()
	}
	wg.Wait()
	fmt.Println(s.m["x"])
}

// Flags: -race
// Output:
// 6
