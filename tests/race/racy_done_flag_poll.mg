// -race corpus, racy: polling a plain bool flag (with Gosched) instead of a channel.
// Go 1.19's go run -race reports it too (exit status 66).
package main

import (
	"fmt"
	"runtime"
)

var done bool

func main() {
	go func() { done = true }()
	for !done {
		runtime.Gosched()
	}
	fmt.Println("done")
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
