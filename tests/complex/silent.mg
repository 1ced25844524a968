package main

import "fmt"

// Constant complex expressions that gc accepts: real-valued ones convert to real types.
func main() {
	var i int = 2 + 0i
	var f float64 = (1 + 2i) * (1 - 2i)
	const c = complex(3, 4)
	var g float32 = real(c) + imag(c)
	var k = 1i * 1i
	h := 'a' + 0i
	fmt.Println(i, f, g, k, h, c == 3+4i, c != 3-4i)
	fmt.Printf("%T %T\n", k, h)
}

// Output:
// 2 5 7 (-1+0i) (97+0i) true true
// complex128 complex128
