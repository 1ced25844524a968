package main

import (
	"fmt"
	"sync"
)

// Deadlock with goroutines blocked on a Mutex, an RWMutex and a channel
// while main waits on a WaitGroup. Go 1.19 names the sync waits
// "semacquire"; Go 1.20+ (and minigo) name the primitive.
func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	var wg sync.WaitGroup
	c := make(chan int)
	mu.Lock()
	rw.Lock()
	wg.Add(3)
	go func() {
		wg.Done()
		mu.Lock()
	}()
	go func() {
		wg.Done()
		rw.RLock()
	}()
	go func() {
		wg.Done()
		c <- 1
	}()
	wg.Add(1)
	fmt.Println("waiting")
	wg.Wait()
}

// Exit: 2
// Output:
// waiting
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine 1 \[(semacquire|sync\.WaitGroup\.Wait)\]:$
// Stderr: ^goroutine [0-9]+ \[(semacquire|sync\.Mutex\.Lock)\]:$
// Stderr: ^goroutine [0-9]+ \[(semacquire|sync\.RWMutex\.RLock)\]:$
// Stderr: ^goroutine [0-9]+ \[chan send\]:$
// Stderr: ^main\.main\.func1\(\)$
// Stderr: ^	.*deadlock_sync_primitives\.mg:21$
// Stderr: ^main\.main\.func2\(\)$
// Stderr: ^	.*deadlock_sync_primitives\.mg:25$
// Stderr: ^main\.main\.func3\(\)$
// Stderr: ^	.*deadlock_sync_primitives\.mg:29$
// Stderr: ^	.*deadlock_sync_primitives\.mg:33$
