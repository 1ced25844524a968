// -race corpus, racy: delete races with a read.
// Go 1.19's go run -race reports it too (exit status 66).
package main

import "time"

var m = map[int]int{1: 1}

func main() {
	go func() { _ = m[1] }()
	time.Sleep(10 * time.Millisecond)
	delete(m, 1)
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
