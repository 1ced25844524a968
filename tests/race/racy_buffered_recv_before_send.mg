// -race corpus, racy: buffered: a receive does not happen before the send of the same element.
// Go 1.19's go run -race reports it too (exit status 66).
package main

import (
	"fmt"
	"time"
)

func main() {
	x := 0
	ch := make(chan int, 1)
	go func() {
		x = 1
		<-ch
	}()
	time.Sleep(10 * time.Millisecond)
	ch <- 1
	fmt.Println(x)
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
