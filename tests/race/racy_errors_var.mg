// -race corpus, racy: two goroutines set a shared error variable.
// Go 1.19's go run -race reports it too (exit status 66).
package main

import (
	"errors"
	"fmt"
	"sync"
)

func main() {
	var err error
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i >= 0 {
				err = errors.New("failed")
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(err != nil)
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
