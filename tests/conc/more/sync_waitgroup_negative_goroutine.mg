package main

import (
	"sync"
	"time"
)

// One Done too many, in a goroutine: the panic ends the program.
func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		wg.Done()
		wg.Done()
	}()
	time.Sleep(time.Second)
}

// Exit: 2
// Stderr: ^panic: sync: negative WaitGroup counter$
// Stderr: ^goroutine [0-9]+ \[running\]:$
// Stderr: ^main\.main\.func1\(\)$
// Stderr: ^	.*sync_waitgroup_negative_goroutine\.mg:14
