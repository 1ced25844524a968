// -race corpus, racy: each writer takes a different mutex.
// Go 1.19's go run -race reports it too (exit status 66).
package main

import (
	"fmt"
	"sync"
)

var (
	mu1, mu2 sync.Mutex
	x        int
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		mu1.Lock()
		x++
		mu1.Unlock()
	}()
	go func() {
		defer wg.Done()
		mu2.Lock()
		x++
		mu2.Unlock()
	}()
	wg.Wait()
	fmt.Println(x > 0)
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
