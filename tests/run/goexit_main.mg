package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("deferred runs")
	runtime.Goexit()
}

// Exit: 2
// Stderr: fatal error: no goroutines \(main called runtime\.Goexit\) - deadlock!$
// Output:
// deferred runs
