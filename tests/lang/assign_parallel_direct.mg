// Parallel assignments to register variables: values computed straight into their
// variables only when no value reads a variable assigned before it; swaps, rotations
// and Fibonacci steps keep Go's all-values-first semantics.
package main

import "fmt"

func named() (a, b int) {
	a, b = 1, 2
	a, b = b, a
	return
}

func main() {
	i, j := 0, 10
	for i < j {
		i, j = i+1, j-1
	}
	fmt.Println(i, j)
	a, b := 0, 1
	for k := 0; k < 10; k++ {
		a, b = b, a+b
	}
	fmt.Println(a, b)
	x, y, z := 1, 2, 3
	x, y, z = y, z, x
	fmt.Println(x, y, z)
	x, y = -y, x*y
	fmt.Println(x, y)
	p, q := 7, 3
	p, q = p%q, p/q
	fmt.Println(p, q)
	fmt.Println(named())
	var u8 uint8 = 250
	v := 0
	u8, v = u8+10, v+int(u8)
	fmt.Println(u8, v)
}

// Output:
// 5 5
// 55 89
// 2 3 1
// -3 6
// 1 2
// 2 1
// 4 250
