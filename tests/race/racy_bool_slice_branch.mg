// -race corpus, racy: a []bool element written by one goroutine and branched on by
// another (JSB1, the read and the branch in one instruction) without an edge. Go 1.19's
// go run -race reports it too (exit status 66).
package main

import (
	"fmt"
	"time"
)

func check(seen []bool) string {
	if seen[2] {
		return "seen"
	}
	return "not seen"
}

func main() {
	seen := make([]bool, 4)
	go func() { seen[2] = true }()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(check(seen))
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
