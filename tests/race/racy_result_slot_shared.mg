// -race corpus, racy: two goroutines accumulate into the same result slot.
// Go 1.19's go run -race reports it too (exit status 66).
package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make([]int, 2)
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[0] += i
		}(i)
	}
	wg.Wait()
	fmt.Println(len(results))
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
