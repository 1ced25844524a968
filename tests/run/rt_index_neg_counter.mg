// A counter starting below zero indexes with its bounds check kept (the compiler proves
// only counters from a non-negative start below len(s) in bounds).
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i := -1; i < len(s); i++ {
		fmt.Println(s[i])
	}
}

// Exit: 2
// Stderr: ^panic: runtime error: index out of range \[-1\]$
// Output:
