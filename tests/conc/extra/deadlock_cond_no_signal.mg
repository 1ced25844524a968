// Deadlock: main waits on a sync.Cond nobody signals.
package main

import (
	"fmt"
	"sync"
)

type Gate struct {
	mu   sync.Mutex
	cond *sync.Cond
	open bool
}

func main() {
	g := &Gate{}
	g.cond = sync.NewCond(&g.mu)
	g.mu.Lock()
	fmt.Println("waiting for gate")
	for !g.open {
		g.cond.Wait()
	}
	g.mu.Unlock()
}

// Output:
// waiting for gate
// Exit: 2
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine [0-9]+ \[sync\.Cond\.Wait\]:$
// Stderr: ^main\.main\(.*\)$
// Stderr: ^	.*deadlock_cond_no_signal\.mg:21$
