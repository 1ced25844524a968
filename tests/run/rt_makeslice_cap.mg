package main

import (
	"fmt"
)

func main() {
	n := 2
	fmt.Println(len(make([]int, 5, n)))
}

// Exit: 2
// Stderr: ^panic: runtime error: makeslice: cap out of range$
// Output:
