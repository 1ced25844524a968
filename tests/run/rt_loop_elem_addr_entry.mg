// The index panic of a loop body's first `p := &s[j]` on the loop's first iteration,
// taken by the loop's entry test (JLT_SADDR), is reported at that statement's line.
package main

import "fmt"

func main() {
	var s []float64
	n := 2
	fmt.Println("start")
	for j := 0; j < n; j++ {
		p := &s[j]
		*p = 1
	}
}

// Exit: 2
// Stderr: ^panic: runtime error: index out of range \[0\] with length 0$
// Stderr: ^$
// Stderr: ^goroutine 1 \[running\]:$
// Stderr: ^main\.main\(\)$
// Stderr: rt_loop_elem_addr_entry\.mg:12$
// Output:
// start
