// deadlock: what the runtime says when every goroutine is blocked. Main waits
// on a WaitGroup whose worker is stuck sending on a channel nobody reads: the
// classic "forgot to drain results" mistake. Go's runtime detects that no
// goroutine can ever run again and ends the program with exit status 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		results <- 42 // nobody receives: blocks forever
	}()
	fmt.Println("waiting for the worker")
	wg.Wait() // the fix: receive from results before (or while) waiting
	fmt.Println(<-results)
}

// Exit: 2
// Output:
// waiting for the worker
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine 1 \[sync.WaitGroup.Wait\]:$
// Stderr: ^goroutine [0-9]+ \[chan send\]:$
