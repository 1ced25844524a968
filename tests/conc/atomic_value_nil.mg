package main

import "sync/atomic"

func main() {
	var v atomic.Value
	v.Store(nil)
}

// Exit: 2
// Stderr: ^panic: sync/atomic: store of nil value into Value$
// Output:
