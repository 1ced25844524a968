// A nil *sync.Mutex: Unlock (a native method) dereferences nil, with Go's
// runtime error text and signal line; so does a deferred call of a nil func.
package main

import "sync"

func main() {
	var mu *sync.Mutex
	mu.Unlock()
}

// Exit: 2
// Stderr: ^panic: runtime error: invalid memory address or nil pointer dereference$
// Stderr: ^\[signal SIGSEGV
// Output:
