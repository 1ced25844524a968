// -race corpus, racy: a float64 field updated in place (p.f += x, one fused
// instruction) in a goroutine while main reads it through a fused field operation.
// Go 1.19's go run -race reports it too (exit status 66).
package main

import (
	"fmt"
	"time"
)

type body struct{ x, v float64 }

func main() {
	b := &body{x: 1, v: 2}
	go func() { b.x += 0.5 }()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(2*b.v-b.x >= 0)
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
