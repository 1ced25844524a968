// a +- x*u[j] with j proven in bounds (a range key or a counter below len(u) of a slice
// the body does not assign: ADDMULSENC/SUBMULSENC, no bounds check): each product
// rounded on its own (an FMA would keep 2^-60 below), NaN, -0, Inf; an index of another
// slice keeps its check and panics as Go does.
package main

import (
	"fmt"
	"math"
)

func dot(u, v []float64) float64 {
	a := 0.0
	for j := range u {
		a += v[j] * u[j]
	}
	return a
}

func main() {
	e := math.Ldexp(1, -30)
	x := 1 + e
	u := []float64{1 - e}
	a := 1.0
	for j := range u {
		a -= x * u[j]
	}
	b := -1.0
	for j := 0; j < len(u); j++ {
		b += x * u[j]
	}
	fmt.Println(a, b)

	negz := math.Copysign(0, -1)
	w := []float64{negz, 2, math.Inf(1), math.NaN()}
	w1, w3, wi := w[:1], w[:3], w[2:3]
	one, mone, two, zero := 1.0, -1.0, 2.0, 0.0
	c := negz
	for j := range w1 {
		c += one * w1[j]
	}
	fmt.Println(c, math.Signbit(c))
	d := negz
	for j := range w1 {
		d -= mone * w1[j]
	}
	fmt.Println(d, math.Signbit(d))
	s := 0.0
	for j := range w3 {
		s += two * w3[j]
	}
	fmt.Println(s)
	z := 0.0
	for j := range wi {
		z += zero * wi[j]
	}
	fmt.Println(z)
	n := 0.0
	for j := range w {
		n -= one * w[j]
	}
	fmt.Println(n)

	fmt.Println(dot([]float64{1, 2, 3}, []float64{4, 5, 6}))
	func() {
		defer func() { fmt.Println(recover()) }()
		fmt.Println(dot([]float64{1, 2, 3}, []float64{4, 5}))
	}()
}

// Output:
// 0 0
// -0 true
// -0 true
// +Inf
// NaN
// NaN
// 32
// runtime error: index out of range [2] with length 2
