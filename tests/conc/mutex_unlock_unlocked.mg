package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocked once")
	defer fmt.Println("deferred calls do not run after a fatal error")
	mu.Unlock()
}

// Exit: 2
// Stderr: ^fatal error: sync: unlock of unlocked mutex$
// Output:
// unlocked once
