package main

import (
	"fmt"
)

func main() {
	a := []int{1, 2, 3}
	lo, hi := 2, 1
	fmt.Println(a[lo:hi])
}

// Exit: 2
// Stderr: ^panic: runtime error: slice bounds out of range \[2:1\]$
// Output:
