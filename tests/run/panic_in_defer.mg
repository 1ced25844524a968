package main

import (
	"fmt"
)

func main() {
	defer fmt.Println("first deferred, runs last")
	defer func() {
		panic("second")
	}()
	panic("first")
}

// Exit: 2
// Stderr: ^panic: first$
// Stderr: ^[[:space:]]panic: second$
// Stderr: ^goroutine 1 \[running\]:$
// Output:
// first deferred, runs last
