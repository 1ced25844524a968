// -race corpus, race-free: two waves of goroutines separated by wg.Wait.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"fmt"
	"sync"
)

func main() {
	vals := make([]int, 4)
	var wg sync.WaitGroup
	for round := 1; round <= 2; round++ {
		for i := range vals {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				vals[i] += round
			}(i)
		}
		wg.Wait()
	}
	fmt.Println(vals)
}

// Flags: -race
// Output:
// [3 3 3 3]
