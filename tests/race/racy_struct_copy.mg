// -race corpus, racy: copying a struct reads the field a goroutine writes.
// Go 1.19's go run -race reports it too (exit status 66).
package main

import (
	"fmt"
	"time"
)

type cfg struct {
	name string
	port int
}

var current cfg

func main() {
	go func() { current.port = 8080 }()
	time.Sleep(10 * time.Millisecond)
	c := current
	fmt.Println(c.port >= 0)
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
