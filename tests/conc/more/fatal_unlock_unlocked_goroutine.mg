package main

import (
	"fmt"
	"sync"
	"time"
)

// Unlocking an unlocked Mutex is a fatal error: deferred recover in the
// goroutine cannot catch it, and the program exits with status 2.
func main() {
	var mu sync.Mutex
	go func() {
		defer func() {
			fmt.Println("recovered?", recover())
		}()
		mu.Unlock()
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}

// Exit: 2
// Stderr: ^fatal error: sync: unlock of unlocked mutex$
