package main

import (
	"fmt"
)

func main() {
	a := []int{1, 2, 3}
	i := 5
	fmt.Println("before")
	fmt.Println(a[i])
}

// Exit: 2
// Stderr: ^panic: runtime error: index out of range \[5\] with length 3$
// Stderr: ^goroutine 1 \[running\]:$
// Stderr: ^main\.main\(\)$
// Output:
// before
