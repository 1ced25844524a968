// -race corpus, racy: three field updates run as one instruction (SUBMULLDTO3_F64) in
// main while a goroutine writes the second field only; the race is reported at the
// second statement's line (16), as Go 1.19's go run -race reports it (exit status 66).
package main

import (
	"fmt"
	"time"
)

type body struct{ vx, vy, vz, m float64 }

func kick(p, q *body, dx, dy, dz, mag float64) {
	p.vx -= dx * q.m * mag
	// the line of the racing statement is 16
	p.vy -= dy * q.m * mag
	p.vz -= dz * q.m * mag
}

func main() {
	p, q := &body{}, &body{m: 2}
	go func() { p.vy = 3 }()
	time.Sleep(10 * time.Millisecond)
	kick(p, q, 1, 2, 3, 0.5)
	fmt.Println(p.vx)
}

// Flags: -race
// Exit: 66
// Stdout: ^-1\n$
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: racy_float_vec3_update\.mg:16 \+0x
// Stderr: ^Found [0-9]+ data race\(s\)$
