package main

import (
	"fmt"
)

func main() {
	s := "abc"
	n := 5
	fmt.Println(s[:n])
}

// Exit: 2
// Stderr: ^panic: runtime error: slice bounds out of range \[:5\] with length 3$
// Output:
