// -race corpus, racy: an element of a []float64 written in a goroutine while main
// reads it as the operand of a fused product-and-sum (a += x*u[i] with i a range key: ADDMULSENC_F64, no bounds check).
// Go 1.19's go run -race reports it too (exit status 66).
package main

import (
	"fmt"
	"time"
)

func dot(u []float64, x float64) float64 {
	a := 0.0
	for i := range u {
		a += x * u[i]
	}
	return a
}

func main() {
	u := []float64{1, 2, 3}
	go func() { u[1] = 5 }()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(dot(u, 2) > 0)
}

// Flags: -race
// Exit: 66
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^(Write|Read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Previous (write|read) at 0x[0-9a-f]+ by (main )?goroutine[ 0-9]*:$
// Stderr: ^Found [0-9]+ data race\(s\)$
