// -race corpus, racy: the data is written after the atomic store that publishes it.
// Go 1.19's go run -race reports it too (exit status 66).
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

var (
	flag int32
	data int
)

func main() {
	go func() {
		atomic.StoreInt32(&flag, 1)
		data = 42
	}()
	for atomic.LoadInt32(&flag) == 0 {
		runtime.Gosched()
	}
	fmt.Println(data >= 0)
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
