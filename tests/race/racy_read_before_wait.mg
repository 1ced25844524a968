// -race corpus, racy: main reads the result before wg.Wait.
// Go 1.19's go run -race reports it too (exit status 66).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	res := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		res = 10
	}()
	fmt.Println(res >= 0)
	wg.Wait()
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
