// -race corpus, race-free: goroutines swap disjoint pairs of one slice (SSWAP), then
// main reads every element after wg.Wait.
package main

import (
	"fmt"
	"sync"
)

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	var wg sync.WaitGroup
	for k := 0; k < 4; k++ {
		wg.Add(1)
		go func(s []int, i int) {
			defer wg.Done()
			j := i + 1
			s[i], s[j] = s[j], s[i]
		}(s, 2*k)
	}
	wg.Wait()
	fmt.Println(s)
}

// Flags: -race
// Output:
// [1 0 3 2 5 4 7 6]
