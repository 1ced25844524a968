// The index panic of a loop body's first `p := &s[j]`, taken by the loop's closing test
// (INCJLT_SADDR) from the second iteration on, is reported at that statement's line.
package main

import "fmt"

func main() {
	s := make([]int, 3)
	n := 5
	for j := 0; j < n; j++ {
		p := &s[j]
		*p = j
		fmt.Println(j)
	}
}

// Exit: 2
// Stderr: ^panic: runtime error: index out of range \[3\] with length 3$
// Stderr: ^$
// Stderr: ^goroutine 1 \[running\]:$
// Stderr: ^main\.main\(\)$
// Stderr: rt_loop_elem_addr\.mg:11$
// Output:
// 0
// 1
// 2
