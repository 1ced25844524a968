package main

import (
	"fmt"
)

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println("line", i)
	}
	var s []string
	fmt.Println(s[0])
}

// Exit: 2
// Stderr: ^panic: runtime error: index out of range \[0\] with length 0$
// Output:
// line 0
// line 1
// line 2
