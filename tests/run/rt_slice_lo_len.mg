package main

import (
	"fmt"
)

func main() {
	a := []int{1, 2, 3}
	lo := 5
	fmt.Println(a[lo:])
}

// Exit: 2
// Stderr: ^panic: runtime error: slice bounds out of range \[5:3\]$
// Output:
