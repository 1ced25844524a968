// runtime.SetFinalizer on an object that has one already is Go's fatal error.
package main

import "runtime"

type T struct{ n int }

func main() {
	p := &T{}
	runtime.SetFinalizer(p, func(*T) {})
	runtime.SetFinalizer(p, func(*T) {})
}

// Exit: 2
// Stderr: ^fatal error: runtime\.SetFinalizer: finalizer already set$
