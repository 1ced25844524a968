// -race corpus, racy: a struct field written through a pointer.
// Go 1.19's go run -race reports it too (exit status 66).
package main

import (
	"fmt"
	"time"
)

type point struct{ x, y int }

func main() {
	p := &point{}
	go func() { p.y = 5 }()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(p.y)
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
