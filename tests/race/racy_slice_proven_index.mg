// -race corpus, racy: slice elements written and read with the bounds checks left out
// (SSETNC in fill's range loop, SGETNC in sum's) by two goroutines without an edge.
// Go 1.19's go run -race reports it too (exit status 66).
package main

import (
	"fmt"
	"time"
)

func fill(s []int) {
	for i := range s {
		s[i] = i
	}
}

func sum(s []int) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += s[i]
	}
	return t
}

func main() {
	s := make([]int, 4)
	go fill(s)
	time.Sleep(10 * time.Millisecond)
	fmt.Println(sum(s))
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
