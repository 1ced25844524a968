package main

import (
	"fmt"
)

func main() {
	n := -1
	fmt.Println(len(make([]int, n)))
}

// Exit: 2
// Stderr: ^panic: runtime error: makeslice: len out of range$
// Output:
