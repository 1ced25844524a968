// fmt scans complex64/complex128 as Go: (re+imi) or re+imi, hex floats,
// infinities, and Go's errors for a missing sign, i or parenthesis.
package main

import "fmt"

func main() {
	var c complex128
	var c64 complex64
	for _, in := range []string{"(1+2i)", "1-2.5i", "(3e2+4e-1i)", "1+2", "(1+2i", "+Inf-Infi", "(0x1p3+1i)", "abc", "1e400+1i", "2i"} {
		n, err := fmt.Sscan(in, &c)
		fmt.Println(in, n, err, c)
	}
	n, err := fmt.Sscan("(1.5+3.25i)", &c64)
	fmt.Println(n, err, c64)
	n, err = fmt.Sscanf("(1+1i)", "%d", &c)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("(1+1i) x", "%v %s", &c, new(string))
	fmt.Println(n, err, c)
}
// Output:
// (1+2i) 1 <nil> (1+2i)
// 1-2.5i 1 <nil> (1-2.5i)
// (3e2+4e-1i) 1 <nil> (300+0.4i)
// 1+2 0 syntax error scanning complex number (300+0.4i)
// (1+2i 0 syntax error scanning complex number (300+0.4i)
// +Inf-Infi 1 <nil> (+Inf-Infi)
// (0x1p3+1i) 1 <nil> (8+1i)
// abc 0 syntax error scanning complex number (8+1i)
// 1e400+1i 0 strconv.ParseFloat: parsing "1e400": value out of range (8+1i)
// 2i 0 syntax error scanning complex number (8+1i)
// 1 <nil> (1.5+3.25i)
// 0 bad verb '%d' for complex
// 2 <nil> (1+1i)
