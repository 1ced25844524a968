// The finalizer goroutine is a system goroutine while it waits (as Go's): a main that
// blocks forever is a deadlock, and the report lists main alone.
package main

import "runtime"

type T struct{ n int }

func main() {
	runtime.SetFinalizer(&T{}, func(*T) {})
	println("goroutines", runtime.NumGoroutine())
	select {}
}

// Exit: 2
// Stderr: ^goroutines 1$
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine 1 \[select \(no cases\)\]:$
// Stdout: ^$
