package main

import (
	"fmt"
)

func main() {
	a := []int{1, 2, 3}
	m := 5
	fmt.Println(a[1:2:m])
}

// Exit: 2
// Stderr: ^panic: runtime error: slice bounds out of range \[::5\] with capacity 3$
// Output:
