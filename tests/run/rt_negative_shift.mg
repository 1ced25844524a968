package main

import (
	"fmt"
)

func main() {
	s := -1
	fmt.Println(1 << s)
}

// Exit: 2
// Stderr: ^panic: runtime error: negative shift amount$
// Output:
