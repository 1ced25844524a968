package main

import "sync/atomic"

// An uncaught atomic.Value panic in a goroutine.
func main() {
	var v atomic.Value
	v.Store(1)
	done := make(chan bool)
	go func() {
		v.Store("one")
		done <- true
	}()
	<-done
}

// Exit: 2
// Stderr: ^panic: sync/atomic: store of inconsistently typed value into Value$
// Stderr: ^goroutine [0-9]+ \[running\]:$
// Stderr: ^main\.main\.func1\(\)$
// Stderr: ^	.*atomic_value_panic_uncaught\.mg:11
