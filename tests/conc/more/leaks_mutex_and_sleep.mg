package main

import (
	"fmt"
	"sync"
)

// -leaks lists goroutines still alive when main returns (Go itself just
// exits, so the -leaks expectations are minigo's own).
func main() {
	var mu sync.Mutex
	mu.Lock()
	var started sync.WaitGroup
	started.Add(1)
	go func() {
		started.Done()
		mu.Lock()
	}()
	started.Wait()
	fmt.Println("main returns")
}

// Flags: -leaks
// Exit: 3
// Output:
// main returns
// Stderr: ^minigo: 1 goroutines? still alive when main returned:$
// Stderr: ^goroutine [0-9]+ \[(semacquire|sync\.Mutex\.Lock)\]:$
// Stderr: ^main\.main\.func1\(\)$
// Stderr: ^	.*leaks_mutex_and_sleep\.mg:17$
