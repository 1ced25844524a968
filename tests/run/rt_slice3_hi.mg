package main

import (
	"fmt"
)

func main() {
	a := []int{1, 2, 3}
	h := 5
	fmt.Println(a[1:h:3])
}

// Exit: 2
// Stderr: ^panic: runtime error: slice bounds out of range \[:5:3\]$
// Output:
