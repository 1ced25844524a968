// -race corpus, race-free: goroutines fill disjoint 16-byte parts of a packed []byte
// and []uint16, then main reads them after Wait.
package main

import (
	"fmt"
	"sync"
)

func main() {
	b := make([]byte, 64)
	u := make([]uint16, 32)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := g * 16; i < g*16+16; i++ {
				b[i] = byte(i)
			}
			copy(u[g*8:g*8+8], []uint16{1, 2, 3, 4, 5, 6, 7, uint16(g)})
		}(g)
	}
	wg.Wait()
	fmt.Println(b[17], b[63], u[15], u[31])
}

// Flags: -race
// Output:
// 17 63 1 3
