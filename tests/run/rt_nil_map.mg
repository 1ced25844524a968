package main

import (
	"fmt"
)

func main() {
	var m map[string]int
	fmt.Println(len(m), m["x"])
	m["x"] = 1
}

// Exit: 2
// Stderr: ^panic: assignment to entry in nil map$
// Stderr: ^goroutine 1 \[running\]:$
// Output:
// 0 0
