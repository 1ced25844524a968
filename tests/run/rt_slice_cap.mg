package main

import (
	"fmt"
)

func main() {
	a := make([]int, 2, 3)
	n := 5
	fmt.Println(a[:n])
}

// Exit: 2
// Stderr: ^panic: runtime error: slice bounds out of range \[:5\] with capacity 3$
// Output:
