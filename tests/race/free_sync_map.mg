// -race corpus, race-free: sync.Map Store and Load.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(i, i*10)
		}(i)
	}
	wg.Wait()
	v, _ := m.Load(3)
	fmt.Println(v)
}

// Flags: -race
// Output:
// 30
