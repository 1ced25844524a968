// The fused float forms of stop 19: l +- x*s[i] (ADDMULSE/SUBMULSE), K/float64(i)
// (RDIVK_I2F), p.f +-= x*q.g*y (ADDMULLDTO/SUBMULLDTO), x*math.Sqrt(y) (MULSQRT),
// x/(y*math.Sqrt(z)) (DIVMULSQRT), x*y +- z*w (MULMULADD/MULMULSUB) and
// p.f +-= x*q.g (ADDMULFTO/SUBMULFTO) and x*y + z*w + u*v (DOT3):
// each product rounded on its own (no FMA), Go's order of evaluation and of panics.
package main

import (
	"fmt"
	"math"
)

type body struct{ x, v, m float64 }

var order []string

func val(s string, f float64) float64 {
	order = append(order, s)
	return f
}

func idx(s string, i int) int {
	order = append(order, s)
	return i
}

func sl(s string, xs []float64) []float64 {
	order = append(order, s)
	return xs
}

func catch(f func()) (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	f()
	return ""
}

// p.f +-= x * q.g * y with p and q register variables (a closure would box them)
func update(p, q *body, x, y float64) (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	p.v -= x * q.m * y
	return ""
}

func updateOrder(p, q *body, y float64) (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	p.v += val("x", 2) * q.m * y
	return ""
}

func update2(p, q *body, x float64) (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	p.v += val("x", x) * q.m
	return ""
}

func fieldUpdates2(e float64) {
	// p.f += x*q.g: an FMA would leave -2^-60
	p, q := &body{v: -1}, &body{m: 1 - e}
	x := 1 + e
	p.v += x * q.m
	fmt.Println(p.v)
	p.v = 1
	p.v -= x * q.m
	fmt.Println(p.v)
	// q is p; q.g is the field updated
	p.x, p.v = 2, 3
	p.x += p.x * p.v
	p.v -= p.v * p.v
	fmt.Println(p.x, p.v)
	// -0, NaN
	p.v, q.m = math.Copysign(0, -1), 0
	p.v += x * q.m
	fmt.Println(math.Signbit(p.v))
	p.v = math.Copysign(0, -1)
	p.v -= x * q.m
	fmt.Println(math.Signbit(p.v))
	q.m = math.Inf(1)
	zero := 0.0
	p.v += zero * q.m
	fmt.Println(p.v)
	// order and nil: x first, then q checked, then p
	var np *body
	order = nil
	fmt.Println(update2(np, q, 1), order)
	order = nil
	fmt.Println(update2(p, np, 1), order)
	fmt.Println(update2(p, q, 2), p.v)
}

func fieldUpdates(e float64) {
	// the two products rounded separately
	one, three := 1.0, 3.0
	p := &body{x: 1, v: 1 + 2*e, m: 0}
	q := &body{m: 1 - e}
	y := 1 + e
	p.v -= one * q.m * y
	fmt.Println(p.v)
	p.v = -(1 + 2*e)
	p.v += one * q.m * y
	fmt.Println(p.v)
	// the same body on both sides
	p.x += p.x * p.m * 2
	p.m = 3
	p.x += p.x * p.m * 2
	fmt.Println(p.x)
	// nil: q is checked before p (q.g is read by the right-hand side first)
	var np *body
	fmt.Println(update(np, q, 2, y), p.v)
	fmt.Println(update(p, np, 2, y), p.v)
	fmt.Println(update(np, np, 2, y))
	order = nil
	fmt.Println(updateOrder(np, q, y), order)
	order = nil
	fmt.Println(updateOrder(p, np, y), order)
	// a call in x sees and changes the fields before they are read
	p.v = 1
	q.m = 2
	p.v += func() float64 { order = append(order, "f"); return 1 }() * q.m * y
	fmt.Println(p.v)
	// constant y, NaN, -0
	p.v -= three * q.m * 0.5
	fmt.Println(p.v)
	q.m = math.NaN()
	p.v += one * q.m * y
	fmt.Println(p.v)
	p.v, q.m = math.Copysign(0, -1), 0
	p.v -= one * q.m * y
	fmt.Println(math.Signbit(p.v))
	p.v += one * q.m * y
	fmt.Println(math.Signbit(p.v))
	// p and q the same pointer
	p.v, p.m = 2, 3
	p.v -= p.v * p.m * 2
	fmt.Println(p.v)
}

func main() {
	// l + x*s[i]: an FMA would give 2^-60 here, the rounded product gives 0
	e := 1.0 / (1 << 30)
	u := []float64{1 + e, 3, -0.0}
	acc := -(1 + 2*e)
	acc += (1 - e) * u[0]
	acc2 := 1 + 2*e
	acc2 -= (1 - e) * u[0]
	fmt.Println(acc, acc2)
	// -0: 0 + (-0)*x is +0, -0 - (+0) is -0
	nz := math.Copysign(0, -1)
	a0 := nz
	a0 += 1 * u[2]
	a1 := nz
	a1 -= 1 * u[1] * 0
	fmt.Println(math.Signbit(a0), math.Signbit(a1))
	// NaN and Inf through the element
	w := []float64{math.NaN(), math.Inf(1)}
	b := 1.0
	b += 2 * w[1]
	c := 1.0
	c -= 0 * w[1]
	fmt.Println(b, c, 1+2*w[0])
	// order: l, x, then the slice and the index, then the bounds check
	order = nil
	r := val("l", 1) + val("x", 2)*sl("s", u)[idx("i", 1)]
	fmt.Println(r, order)
	order = nil
	fmt.Println(catch(func() { _ = val("l", 1) + val("x", 2)*sl("s", u)[idx("i", 3)] }), order)
	order = nil
	fmt.Println(catch(func() { _ = val("l", 1) - val("x", 2)*sl("s", u)[idx("i", -1)] }), order)
	var nilS []float64
	fmt.Println(catch(func() { r += 2 * nilS[0] }))
	// the element of an aliasing slice, updated in place
	al := []float64{1, 2, 3}
	for i := range al {
		al[0] += al[i] * al[i]
	}
	fmt.Println(al)

	// K / float64(i): every signed width, negatives, zero (+Inf, -Inf with -0 -> no: ints have no -0)
	var i8 int8 = -128
	var i32 int32 = math.MinInt32
	var i64 int64 = math.MaxInt64
	zi := 0
	fmt.Println(1.0/float64(i8), 3.0/float64(i32), 1.0/float64(i64), 1.0/float64(zi), -1/float64(zi))
	var big int = 1<<53 + 1
	fmt.Println(1/float64(big), 2.5/float64(-3))
	var u64 uint64 = 1 << 63
	fmt.Println(1 / float64(u64))

	fieldUpdates(e)
	fieldUpdates2(e)

	// x * math.Sqrt(y)
	d2 := 2.0
	fmt.Println(d2*math.Sqrt(d2), 0*math.Sqrt(-1), math.Inf(1)*math.Sqrt(0), nz*math.Sqrt(4))
	fmt.Println(math.Signbit(nz*math.Sqrt(4)), 3*math.Sqrt(math.Inf(1)))
	order = nil
	fmt.Println(val("a", 9)*math.Sqrt(val("b", 16)), order)
	dt := 0.01
	mag := dt / (d2 * math.Sqrt(d2))
	fmt.Println(mag)

	// x / (y * math.Sqrt(z))
	zero := 0.0
	fmt.Println(dt/(zero*math.Sqrt(d2)), zero/(zero*math.Sqrt(zero)), dt/(d2*math.Sqrt(-d2)))
	fmt.Println(math.Signbit(nz/(d2*math.Sqrt(d2))), dt/(nz*math.Sqrt(d2)))
	order = nil
	fmt.Println(val("x", 1)/(val("y", 2)*math.Sqrt(val("z", 4))), order)
	// x*y + z*w: an FMA of either product would not give exactly 0 and 2
	xp, xm, mone := 1+e, 1-e, -1.0
	fmt.Println(xp*xm+mone*1, xp*xm-mone*1, xp*xm-xp*xm, mone*mone+xp*xp)
	fmt.Println(math.Signbit(nz*d2+nz*d2), math.Signbit(nz*d2-zero*d2), xp*math.NaN()+d2*d2)
	fmt.Println(math.Inf(1)*d2-math.Inf(1)*d2, math.Inf(1)*zero+d2*d2)
	order = nil
	fmt.Println(val("a", 1)*val("b", 2)+val("c", 3)*val("d", 4), order)
	order = nil
	fmt.Println(val("a", 1)*val("b", 2)-val("c", 3)*val("d", 4), order)
	// x*y + z*w + u*v: summed left to right, each product rounded
	one, tiny := 1.0, 1e-16
	fmt.Println(one*one+tiny*one+tiny*one, tiny*one+tiny*one+one*one, one*one+(tiny*one+tiny*one))
	fmt.Println(xp*xm+mone*one+zero*zero, math.Signbit(nz*one+nz*one+nz*one), nz*one+zero*one+nz*one)
	fmt.Println(math.Inf(1)*one+math.Inf(-1)*one+d2*d2, xp*math.NaN()+d2*d2+d2*d2)
	order = nil
	fmt.Println(val("a", 1)*val("b", 2)+val("c", 3)*val("d", 4)+val("e", 5)*val("f", 6), order)
	dx, dy, dz := 0.1, 0.2, 0.3
	fmt.Println(dx*dx+dy*dy+dz*dz, math.Sqrt(dx*dx+dy*dy+dz*dz))
}


// Output:
// -1.862645149230957e-09 1.862645149230957e-09
// false true
// +Inf NaN NaN
// 7 [l x s i]
// runtime error: index out of range [3] with length 3 [l x s i]
// runtime error: index out of range [-1] [l x s i]
// runtime error: index out of range [0] with length 0
// [15 2 3]
// -0.0078125 -1.3969838619232178e-09 1.0842021724855044e-19 +Inf -Inf
// 1.1102230246251565e-16 -0.8333333333333334
// 1.0842021724855044e-19
// 1.862645149230957e-09
// -1.862645149230957e-09
// 7
// runtime error: invalid memory address or nil pointer dereference -1.862645149230957e-09
// runtime error: invalid memory address or nil pointer dereference -1.862645149230957e-09
// runtime error: invalid memory address or nil pointer dereference
// runtime error: invalid memory address or nil pointer dereference [x]
// runtime error: invalid memory address or nil pointer dereference [x]
// 3.000000001862645
// 1.862645149230957e-09
// NaN
// true
// false
// -10
// 0
// 0
// 8 -6
// false
// true
// NaN
// runtime error: invalid memory address or nil pointer dereference [x]
// runtime error: invalid memory address or nil pointer dereference [x]
// <nil> NaN
// 2.8284271247461903 NaN NaN -0
// true +Inf
// 36 [a b]
// 0.0035355339059327372
// +Inf NaN NaN
// true -Inf
// 0.25 [x y z]
// 0 2 0 2.000000001862645
// true true NaN
// NaN NaN
// 14 [a b c d]
// -10 [a b c d]
// 1 1.0000000000000002 1.0000000000000002
// 0 true 0
// NaN NaN
// 44 [a b c d e f]
// 0.14 0.37416573867739417
