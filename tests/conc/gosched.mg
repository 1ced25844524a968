package main

import (
	"fmt"
	"runtime"
)

// With one P, Gosched lets the other goroutine run before main goes on.
func main() {
	done := false
	go func() {
		done = true
	}()
	for !done {
		runtime.Gosched()
	}
	fmt.Println("other goroutine ran")
}

// Env: GOMAXPROCS=1
// Output:
// other goroutine ran
