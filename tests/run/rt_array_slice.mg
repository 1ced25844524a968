package main

import (
	"fmt"
)

func main() {
	var a [3]int
	n := 4
	fmt.Println(a[:n])
}

// Exit: 2
// Stderr: ^panic: runtime error: slice bounds out of range \[:4\] with length 3$
// Output:
