package main

import (
	"fmt"
	"sync"
)

// Locking a Mutex twice in the only goroutine is a deadlock, not a panic.
func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
	fmt.Println("not reached")
}

// Exit: 2
// Output:
// locked once
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine 1 \[(semacquire|sync\.Mutex\.Lock)\]:$
// Stderr: ^main\.main\(\)$
// Stderr: ^	.*deadlock_mutex_relock\.mg:13$
