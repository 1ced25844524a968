package main

import (
	"fmt"
)

func main() {
	a := []int{1, 2, 3}
	i := -2
	fmt.Println(a[i+0])
}

// Exit: 2
// Stderr: ^panic: runtime error: index out of range \[-2\]$
// Output:
