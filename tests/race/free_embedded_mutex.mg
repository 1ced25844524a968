// -race corpus, race-free: a struct embedding sync.Mutex.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"fmt"
	"sync"
)

type stats struct {
	sync.Mutex
	count map[string]int
}

func main() {
	s := stats{count: map[string]int{}}
	var wg sync.WaitGroup
	for _, w := range []string{"a", "b", "a"} {
		wg.Add(1)
		go func(w string) {
			defer wg.Done()
			s.Lock()
			s.count[w]++
			s.Unlock()
		}(w)
	}
	wg.Wait()
	fmt.Println(s.count["a"], s.count["b"])
}

// Flags: -race
// Output:
// 2 1
