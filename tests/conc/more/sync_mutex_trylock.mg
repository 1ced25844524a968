package main

import (
	"fmt"
	"sync"
)

// TryLock succeeds only on an unlocked mutex; Lock blocks until Unlock.
func main() {
	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	got := make(chan bool)
	go func() {
		got <- mu.TryLock()
		mu.Lock() // blocks until main unlocks
		got <- true
		mu.Unlock()
	}()
	fmt.Println("other try:", <-got)
	mu.Unlock()
	fmt.Println("other locked:", <-got)
	fmt.Println(mu.TryLock())
	mu.Unlock()

	var rw sync.RWMutex
	fmt.Println(rw.TryRLock(), rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock(), rw.TryRLock(), rw.TryLock())
	rw.Unlock()
	fmt.Println(rw.TryRLock())
}

// Output:
// true false
// other try: false
// other locked: true
// true
// true true false
// true false false
// true
