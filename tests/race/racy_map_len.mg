// -race corpus, racy: len(m) reads the map while another goroutine writes it.
// Go 1.19's go run -race reports it too (exit status 66).
package main

import (
	"fmt"
	"time"
)

func main() {
	m := make(map[int]int)
	go func() { m[1] = 2 }()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(len(m))
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
