package main

import (
	"fmt"
	"runtime"
	"time"
)

// Goexit in main waits for the other goroutines; when they have all
// finished, the program dies with "no goroutines (main called runtime.Goexit)".
func main() {
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("goroutine done")
	}()
	defer fmt.Println("main deferred")
	runtime.Goexit()
}

// Exit: 2
// Output:
// main deferred
// goroutine done
// Stderr: ^fatal error: no goroutines \(main called runtime\.Goexit\) - deadlock!$
