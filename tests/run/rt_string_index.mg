package main

import (
	"fmt"
)

func main() {
	s := "abc"
	n := 3
	fmt.Println(s[n])
}

// Exit: 2
// Stderr: ^panic: runtime error: index out of range \[3\] with length 3$
// Output:
