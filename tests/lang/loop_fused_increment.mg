// Counted loops compile their `i++` and test into one instruction; what a program
// sees must not change: continue, break, a bound that changes in the body, <=, the
// last values of int64, a body that changes i, and a range over a slice that grows.
package main

import (
	"fmt"
	"math"
)

func main() {
	s := 0
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			continue
		}
		if i == 8 {
			break
		}
		s += i
	}
	fmt.Println(s)
	n := 5
	c := 0
	for i := 0; i < n; i++ {
		if i == 2 {
			n = 8
		}
		c++
	}
	fmt.Println(c)
	c = 0
	for i := 1; i <= 100; i++ {
		c += i
	}
	fmt.Println(c)
	var last int64
	for i := int64(math.MaxInt64 - 3); i < math.MaxInt64; i++ {
		last = i
	}
	fmt.Println(last)
	k := 0
	for i := math.MaxInt64 - 2; i <= math.MaxInt64-1; i++ {
		k++
	}
	fmt.Println(k)
	for i := 0; i < 10; i++ {
		i += 2
		fmt.Print(i, " ")
	}
	fmt.Println()
	m := 0
	for i := 0; i < 3; i++ {
		for j := 0; j <= i; j++ {
			m = m*10 + j
		}
	}
	fmt.Println(m)
	xs := []int{1, 2, 3}
	for i, x := range xs {
		if i < 2 {
			xs = append(xs, x*10)
		}
		fmt.Print(i, ":", x, " ")
	}
	fmt.Println(len(xs))
	z := 0
	for i := 5; i < 3; i++ {
		z++
	}
	fmt.Println(z)
	// a register step: i += st, with <= and <, continue, a step changed in the body
	st, t := 3, 0
	for i := 1; i <= 20; i += st {
		if i == 7 {
			continue
		}
		t = t*2 + i
	}
	fmt.Println(t)
	t = 0
	for i := 0; i < 100; i += st {
		st++
		t += i
	}
	fmt.Println(t, st)
	t = 0
	lim := math.MaxInt64 - 1
	two := 2
	for i := math.MaxInt64 - 6; i < lim; i += two {
		t++
	}
	fmt.Println(t)
}

// Output:
// 19
// 8
// 5050
// 9223372036854775806
// 2
// 2 5 8 11 
// 1012
// 0:1 1:2 2:3 5
// 0
// 279
// 484 15
// 3
