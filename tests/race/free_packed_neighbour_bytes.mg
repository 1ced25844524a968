// -race corpus, race-free: eight goroutines each write their own element of a packed
// []bool and []byte, all in one 8-byte word (docs/packed.md: packed accesses are
// shadowed byte by byte), and main reads them after Wait. Go 1.19 reports nothing.
package main

import (
	"fmt"
	"sync"
)

func main() {
	done := make([]bool, 8)
	val := make([]byte, 8)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			done[g] = true
			val[g] = byte(g * 3)
		}(g)
	}
	wg.Wait()
	fmt.Println(done, val)
}

// Flags: -race
// Output:
// [true true true true true true true true] [0 3 6 9 12 15 18 21]
