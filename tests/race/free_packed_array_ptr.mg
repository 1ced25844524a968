// -race corpus, race-free: five goroutines each store and load a whole [3]byte through
// a pointer converted from its own sub-slice of one []byte (s[3g+1:3g+4]), so the arrays
// share 8-byte words but no byte (LOADPK/STOREPK are shadowed byte by byte,
// docs/packed.md); main reads after Wait. Go 1.19 reports nothing.
package main

import (
	"fmt"
	"sync"
)

func main() {
	buf := make([]byte, 17)
	sums := make([]int, 5)
	var wg sync.WaitGroup
	for g := 0; g < 5; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			p := (*[3]byte)(buf[3*g+1 : 3*g+4])
			*p = [3]byte{byte(g), byte(g + 10), byte(g + 20)}
			a := *p
			sums[g] = int(a[0]) + int(a[1]) + int(a[2])
		}(g)
	}
	wg.Wait()
	fmt.Println(buf, sums)
}

// Flags: -race
// Output:
// [0 0 10 20 1 11 21 2 12 22 3 13 23 4 14 24 0] [30 33 36 39 42]
