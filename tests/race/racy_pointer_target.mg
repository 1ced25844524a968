// -race corpus, racy: two goroutines write the target of one pointer.
// Go 1.19's go run -race reports it too (exit status 66).
package main

import (
	"fmt"
	"sync"
)

func bump(p *int, wg *sync.WaitGroup) {
	defer wg.Done()
	*p += 1
}

func main() {
	v := 0
	var wg sync.WaitGroup
	wg.Add(2)
	go bump(&v, &wg)
	go bump(&v, &wg)
	wg.Wait()
	fmt.Println(v > 0)
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
