package main

import (
	"fmt"
	"sync"
	"time"
)

// Mutex fairness (Go's TestMutexFairness): a goroutine that re-locks at once
// after each unlock cannot keep a waiter out for long: after 1ms the waiter
// switches the mutex to starvation mode and ownership is handed to it.
func main() {
	var mu sync.Mutex
	stop := make(chan bool)
	defer close(stop)
	go func() {
		for {
			mu.Lock()
			time.Sleep(100 * time.Microsecond)
			mu.Unlock()
			select {
			case <-stop:
				return
			default:
			}
		}
	}()
	done := make(chan bool, 1)
	go func() {
		for i := 0; i < 10; i++ {
			time.Sleep(100 * time.Microsecond)
			mu.Lock()
			mu.Unlock()
		}
		done <- true
	}()
	select {
	case <-done:
		fmt.Println("waiter got the lock 10 times")
	case <-time.After(10 * time.Second):
		fmt.Println("can't acquire Mutex in 10 seconds")
	}
}

// Output:
// waiter got the lock 10 times
