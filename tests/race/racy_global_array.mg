// -race corpus, racy: an element of a global array incremented twice.
// Go 1.19's go run -race reports it too (exit status 66).
package main

import (
	"fmt"
	"time"
)

var arr [8]int

func main() {
	go func() { arr[3]++ }()
	time.Sleep(10 * time.Millisecond)
	arr[3]++
	fmt.Println(arr[3])
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
