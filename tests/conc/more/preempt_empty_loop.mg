package main

import (
	"fmt"
	"runtime"
)

// `for {}` in a goroutine, then main prints and returns.
func main() {
	go func() {
		for {
		}
	}()
	runtime.Gosched()
	fmt.Println("main returns")
}

// Output:
// main returns
