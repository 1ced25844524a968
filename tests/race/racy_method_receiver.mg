// -race corpus, racy: a pointer-receiver method increments a field concurrently.
// Go 1.19's go run -race reports it too (exit status 66).
package main

import (
	"fmt"
	"sync"
)

type counter struct{ hits int }

func (c *counter) inc() { c.hits++ }

func main() {
	c := &counter{}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.inc()
		}()
	}
	wg.Wait()
	fmt.Println(c.hits > 0)
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
