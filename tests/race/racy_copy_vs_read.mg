// -race corpus, racy: copy() writes the elements main reads.
// Go 1.19's go run -race reports it too (exit status 66).
package main

import (
	"fmt"
	"time"
)

func main() {
	dst := make([]int, 3)
	src := []int{1, 2, 3}
	go func() { copy(dst, src) }()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(dst[0] >= 0)
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
