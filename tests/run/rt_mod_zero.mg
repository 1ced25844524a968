package main

import (
	"fmt"
)

func main() {
	z := uint8(0)
	fmt.Println(uint8(7) % z)
}

// Exit: 2
// Stderr: ^panic: runtime error: integer divide by zero$
// Output:
