package main

import (
	"fmt"
)

func main() {
	var a, b interface{} = []int{1}, []int{1}
	fmt.Println(a == b)
}

// Exit: 2
// Stderr: ^panic: runtime error: comparing uncomparable type \[\]int$
// Output:
