// -race corpus, racy: a select with default that did not communicate makes no edge.
// Go 1.19's go run -race reports it too (exit status 66).
package main

import (
	"fmt"
	"time"
)

func main() {
	x := 0
	ch := make(chan int)
	go func() {
		x = 1
		select {
		case ch <- 1:
		default:
		}
	}()
	time.Sleep(10 * time.Millisecond)
	select {
	case <-ch:
	default:
	}
	fmt.Println(x)
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
