package main

import "fmt"

func main() {
	a, b := 10, 0
	fmt.Println(a / b)
}

// Exit: 2
// Stderr: ^panic: runtime error: integer divide by zero$
// Output:
