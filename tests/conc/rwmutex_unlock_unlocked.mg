package main

import "sync"

func main() {
	var rw sync.RWMutex
	rw.Lock()
	rw.Unlock()
	rw.Unlock()
}

// Exit: 2
// Stderr: ^fatal error: sync: Unlock of unlocked RWMutex$
// Output:
