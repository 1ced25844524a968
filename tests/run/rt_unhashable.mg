package main

import (
	"fmt"
)

func main() {
	m := map[interface{}]int{}
	m[[]int{1}] = 1
	fmt.Println(len(m))
}

// Exit: 2
// Stderr: ^panic: runtime error: hash of unhashable type \[\]int$
// Output:
