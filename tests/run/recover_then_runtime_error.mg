package main

import (
	"fmt"
)

func main() {
	defer fmt.Println("d1")
	var m map[string]int
	defer func() {
		fmt.Println(recover())
		var a []int
		i := 5
		_ = a[i]
	}()
	m["a"] = 1
}

// Exit: 2
// Stderr: ^panic: assignment to entry in nil map \[recovered\]$
// Stderr: ^[[:space:]]panic: runtime error: index out of range \[5\] with length 0$
// Output:
// assignment to entry in nil map
// d1
