package main

import (
	"fmt"
)

func main() {
	fmt.Println("start")
	panic(42)
}

// Exit: 2
// Stderr: ^panic: 42$
// Stderr: ^goroutine 1 \[running\]:$
// Stderr: ^main\.main\(\)$
// Output:
// start
