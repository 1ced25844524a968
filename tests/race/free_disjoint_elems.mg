// -race corpus, race-free: goroutines write different slice elements.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"fmt"
	"sync"
)

func main() {
	squares := make([]int, 8)
	var wg sync.WaitGroup
	for i := range squares {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			squares[i] = i * i
		}(i)
	}
	wg.Wait()
	fmt.Println(squares)
}

// Flags: -race
// Output:
// [0 1 4 9 16 25 36 49]
