// -race corpus, racy: a slice variable reassigned by a goroutine.
// Go 1.19's go run -race reports it too (exit status 66).
package main

import (
	"fmt"
	"time"
)

func main() {
	items := []string{"a"}
	go func() { items = []string{"b", "c"} }()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(len(items) > 0)
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
