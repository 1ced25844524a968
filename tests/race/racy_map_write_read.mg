// -race corpus, racy: a map written in one goroutine and read in another (the map is one location).
// Go 1.19's go run -race reports it too (exit status 66).
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[string]int{}
	go func() { m["a"] = 1 }()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(m["a"])
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
