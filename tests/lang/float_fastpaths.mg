// Float fast paths: a float operation reading a field behind a pointer, p.f op= x on a
// float64 field, a product and a sum in one instruction (each rounded: no FMA), float
// arithmetic with a constant on either side, and math.Sqrt / math.Abs as instructions.
// Results, the order of evaluation and the nil-pointer panic must be Go's.
package main

import (
	"fmt"
	"math"
)

type V struct {
	x, y float64
	h    float32
	n    int
}

var order []string

func val(s string, f float64) float64 {
	order = append(order, s)
	return f
}

func bump(v *V) float64 {
	v.x = 100
	return 1
}

func nilField() (r string) {
	defer func() { r = fmt.Sprint(recover()) }()
	var p *V
	a := 2.0
	a = a * p.y
	return fmt.Sprint(a)
}

func nilUpdate() (r string) {
	defer func() { r = fmt.Sprint(recover()) }()
	var p *V
	p.x -= val("rhs", 1)
	return "no panic"
}

func nilSecond() (r string) {
	defer func() { r = fmt.Sprint(recover()) }()
	p := &V{x: 1}
	var q *V
	return fmt.Sprint(p.x - q.x)
}

func main() {
	v := &V{x: 3, y: 0.5, h: 1.5, n: 7}
	w := V{x: -2, y: 8}
	a := 10.0
	fmt.Println(a+v.x, a-v.x, a*v.y, a/v.y, a-w.x, a/w.y)
	var f32 float32 = 1
	fmt.Println(f32/v.h, f32+v.h*3)
	v.x += 2
	v.y -= 0.25
	v.x *= 3
	v.y /= 2
	fmt.Println(v.x, v.y)
	u := &V{x: 0.25, y: 4, h: 0.5}
	fmt.Println(v.x-u.x, v.y+u.y, v.x*u.y, v.h*u.h, v.h-u.h)
	u.x += v.x * u.y
	u.y -= v.y * v.x
	fmt.Println(u.x, u.y)
	v.x += bump(v) // the call runs before v.x is read
	fmt.Println(v.x)
	v.h += 0.1
	fmt.Println(v.h)
	b := 3.0
	fmt.Println(1/b, 2-b, b-2, b/4, 0.5*b, b+0.25, 1e300*b*b)
	var h float32 = 3
	fmt.Println(1/h, h*0.1, 0.1+h)
	b *= 0.5
	b -= 1
	b /= 4
	fmt.Println(b)
	z := 0.0
	fmt.Println(1/z, -1/z, math.Sqrt(2), math.Sqrt(-1), math.Sqrt(z), math.Abs(-z), math.Abs(-3.5))
	nz := math.Copysign(0, -1)
	fmt.Println(math.Sqrt(nz), 1/math.Sqrt(nz), math.Abs(math.Inf(-1)), math.IsNaN(math.Abs(math.NaN())))
	math.Sqrt(4) // result dropped
	fmt.Println(val("l", 1)-val("r", 2), order)
	// products and sums in one instruction, each rounded on its own (no FMA)
	p := 1 + 1.0/(1<<30)
	q := p*p - 1
	r := 1 - p*p
	acc := -1.0
	acc += p * p
	acc2 := 1.0
	acc2 -= p * p
	var p32 float32 = 1 + 1.0/(1<<12)
	fmt.Println(q, r, acc, acc2, p32*p32-1, 1-p32*p32)
	order = nil
	fmt.Println(val("m1", 2)*val("m2", 3)+val("a", 1), val("b", 1)-val("m3", 2)*val("m4", 3), order)
	fmt.Println(nilField())
	fmt.Println(nilSecond())
	order = nil
	fmt.Println(nilUpdate(), order)
}

// Output:
// 13 7 5 20 12 1.25
// 0.6666667 5.5
// 15 0.125
// 14.75 4.125 60 0.75 1
// 60.25 2.125
// 101
// 1.6
// 0.3333333333333333 -1 1 0.75 1.5 3.25 9.000000000000001e+300
// 0.33333334 0.3 3.1
// 0.125
// +Inf -Inf 1.4142135623730951 NaN 0 0 3.5
// -0 -Inf +Inf true
// -1 [l r]
// 1.862645149230957e-09 -1.862645149230957e-09 1.862645149230957e-09 -1.862645149230957e-09 0.00048828125 -0.00048828125
// 7 -5 [m1 m2 a b m3 m4]
// runtime error: invalid memory address or nil pointer dereference
// runtime error: invalid memory address or nil pointer dereference
// runtime error: invalid memory address or nil pointer dereference [rhs]
