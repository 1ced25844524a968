package main

import (
	"fmt"
)

func main() {
	a := []int{1, 2, 3}
	l := 2
	fmt.Println(a[l:1:3])
}

// Exit: 2
// Stderr: ^panic: runtime error: slice bounds out of range \[2:1:\]$
// Output:
