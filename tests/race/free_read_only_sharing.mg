// -race corpus, race-free: concurrent reads of data written before the goroutines started.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"fmt"
	"sync"
)

var table = []string{"a", "b", "c"}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	n := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			l := len(table[i])
			mu.Lock()
			n += l
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(n)
}

// Flags: -race
// Output:
// 3
