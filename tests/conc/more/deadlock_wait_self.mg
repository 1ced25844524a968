package main

import "sync"

// Waiting on a WaitGroup nobody will finish, after goroutines have exited.
func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() { wg.Done() }()
	}
	wg.Add(1)
	wg.Wait()
}

// Exit: 2
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine 1 \[(semacquire|sync\.WaitGroup\.Wait)\]:$
// Stderr: ^	.*deadlock_wait_self\.mg:13$
