package main

import (
	"fmt"
	"sync"
)

// RUnlock of an RWMutex not read-locked is fatal too, even under recover.
func main() {
	defer func() {
		fmt.Println("recovered?", recover())
	}()
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("balanced ok")
	rw.RUnlock()
}

// Exit: 2
// Output:
// balanced ok
// Stderr: ^fatal error: sync: RUnlock of unlocked RWMutex$
