// (Go 1.21 feature: expectation written by hand)
// Derived by running the equivalent go 1.19 program with explicit loops.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	s := []int{1, 2, 3}
	t := s[:2]
	clear(t)
	fmt.Println(s, len(t))
}

// Output:
// 0 map[]
// [0 0 3] 2
