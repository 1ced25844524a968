// (Go 1.21 feature: expectation written by hand)
// Derived by running the equivalent go 1.19 program with hand-written helpers.
package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max(-1, -7.5))
	fmt.Println(min("b", "a", "c"), max("b", "a", "c"))
	x, y := 10, 20
	fmt.Println(min(x, y), max(x, y), min(x))
	var u uint8 = 200
	fmt.Println(max(u, 100))
}

// Output:
// 1 3
// 1 -1
// a c
// 10 20 10
// 200
