package main

import (
	"fmt"
	"sync"
)

// Readers hold an RWMutex together (two readers meet while both hold it);
// a writer waits for all of them, and a waiting writer blocks new readers.
func main() {
	var rw sync.RWMutex
	meet := make(chan int)
	done := make(chan bool)
	for i := 0; i < 2; i++ {
		go func(i int) {
			rw.RLock()
			if i == 0 {
				meet <- 1 // waits for reader 1, which also holds the read lock
			} else {
				<-meet
			}
			rw.RUnlock()
			done <- true
		}(i)
	}
	<-done
	<-done
	fmt.Println("two readers met")

	rw.RLock()
	writerIn := make(chan bool)
	go func() {
		rw.Lock()
		writerIn <- true
		rw.Unlock()
	}()
	// Once the writer is waiting, TryRLock fails.
	for rw.TryRLock() {
		rw.RUnlock()
	}
	fmt.Println("writer waiting, readers refused")
	select {
	case <-writerIn:
		fmt.Println("writer got in early")
	default:
		fmt.Println("writer still waiting")
	}
	rw.RUnlock()
	fmt.Println("writer in:", <-writerIn)
}

// Output:
// two readers met
// writer waiting, readers refused
// writer still waiting
// writer in: true
