// Finalizers run in dependency order, as Go's rule says: if A points at B and both are
// unreachable, A's finalizer runs first and B's only once A is gone. Finalizers run one
// at a time on one goroutine, so the plain counters need no lock.
package main

import (
	"fmt"
	"runtime"
	"time"
)

const N = 50

type B struct{ n int }
type A struct {
	b *B
	n int
}

var state [N]int
var bad, nb int

func finalA(a *A) {
	if state[a.n] != 0 {
		bad++
	}
	state[a.n] = 1
}

func finalB(b *B) {
	if state[b.n] != 1 {
		bad++
	}
	state[b.n] = 2
	nb++
}

func setup() {
	for i := 0; i < N; i++ {
		b := &B{i}
		a := &A{b, i}
		runtime.SetFinalizer(b, finalB)
		runtime.SetFinalizer(a, finalA)
	}
}

func main() {
	setup()
	for i := 0; i < 200 && nb < N*8/10; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	fmt.Println("most B finalized after their A:", nb >= N*8/10, "out of order:", bad)
}

// Output:
// most B finalized after their A: true out of order: 0
