// -race corpus, racy: a queue appended to without its lock, read by main.
// Go 1.19's go run -race reports it too (exit status 66).
package main

import (
	"fmt"
	"time"
)

var queue []int

func main() {
	go func() {
		for i := 0; i < 3; i++ {
			queue = append(queue, i)
		}
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(len(queue) >= 0)
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
