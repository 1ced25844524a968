// -race corpus, racy: p.v -= x * q.m * y (SUBMULLDTO_F64, one fused instruction that
// reads q.m and updates p.v) in main while a goroutine writes q.m and reads p.v.
// Go 1.19's go run -race reports it too (exit status 66).
package main

import (
	"fmt"
	"time"
)

type body struct{ v, m float64 }

func kick(p, q *body, x, y float64) {
	p.v -= x * q.m * y
}

func main() {
	p, q := &body{v: 1}, &body{m: 2}
	go func() {
		q.m = 3
		fmt.Println(p.v >= -100)
	}()
	time.Sleep(10 * time.Millisecond)
	kick(p, q, 0.5, 2)
	time.Sleep(10 * time.Millisecond)
}

// Flags: -race
// Exit: 66
// Stdout: ^true\n$
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
