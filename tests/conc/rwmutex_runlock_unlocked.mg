package main

import "sync"

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	rw.RUnlock()
}

// Exit: 2
// Stderr: ^fatal error: sync: RUnlock of unlocked RWMutex$
// Output:
