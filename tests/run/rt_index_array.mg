package main

import (
	"fmt"
)

func get(a [4]int, i int) int { return a[i] }

func main() {
	var a [4]int
	fmt.Println(get(a, 4))
}

// Exit: 2
// Stderr: ^panic: runtime error: index out of range \[4\] with length 4$
// Stderr: ^goroutine 1 \[running\]:$
// Stderr: ^main\.get\(\.\.\.\)$
// Output:
