// -race corpus, racy: a slice element swapped (one SSWAP instruction) while another
// goroutine writes it, without an edge. Go 1.19's go run -race reports it too.
package main

import (
	"fmt"
	"time"
)

func swap(s []int, i, j int) {
	s[i], s[j] = s[j], s[i]
}

func main() {
	s := make([]int, 4)
	go func() { s[2] = 7 }()
	time.Sleep(10 * time.Millisecond)
	swap(s, 1, 2)
	fmt.Println(s[1])
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
