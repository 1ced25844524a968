// iota and len/cap of arrays in the constant positions gc allows: array lengths in const
// specs, [...] literals, len of array variables, array pointers and fields (no calls or
// receives in them), local const blocks, array types, case values, and a function literal
// inside a const declaration that uses iota (Go's test/const4.go, test/iota.go).
package main

import "fmt"

type T [4]int

var gl [6]string
var gp *[7]byte

const (
	A = iota * 10
	B = len([iota]int{})
	C = len([...]int{iota, iota, iota, 9: iota})
	D = cap([iota + 1]T{})
	E = len(T{}) + iota
	F = len(gl) + len(gp) + cap(gp)
	G = len([2][3]int{}[1])
	H = len([len([4]int{})]int{})
	I = len(struct{ a [5]int }{}.a)
	J = iota
)

const K = len([2]func() int{func() int { return iota }})


func main() {
	fmt.Println(A, B, C, D, E, F, G, H, I, J, K)
	var a [3]int
	var p *[8]int
	const L = len(a) + cap(p)
	var m [len(a) * 2]int
	fmt.Println(L, len(m))
	type V [C]int
	fmt.Println(len(V{}))
	const (
		x0 = iota
		x1 = len([iota]bool{})
		_
		x3
	)
	fmt.Println(x0, x1, x3)
	f := func() int {
		const z = iota + len([iota + 2]int{})
		return z
	}
	fmt.Println(f())
	const (
		s0 = "ab"
		s1 = len(s0) + iota
	)
	fmt.Println(s1)
	switch 3 {
	case len([3]int{}):
		fmt.Println("case")
	}
	var arr [len("hello")]int
	fmt.Println(len(arr))
}

// Output:
// 0 1 10 4 8 20 3 4 5 9 2
// 11 6
// 10
// 0 1 3
// 2
// 3
// case
// 5
