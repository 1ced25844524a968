package main

import (
	"fmt"
	"runtime"
	"time"
)

// After main calls Goexit the other goroutines keep running; when the last
// one ends, Go reports that no goroutine is left.
func main() {
	go func() {
		time.Sleep(50 * time.Millisecond)
		fmt.Println("worker finished")
	}()
	defer fmt.Println("main deferred")
	runtime.Goexit()
}

// Exit: 2
// Stderr: ^fatal error: no goroutines \(main called runtime\.Goexit\) - deadlock!$
// Output:
// main deferred
// worker finished
