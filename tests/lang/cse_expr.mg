// CSE inside one expression (lang/compile_expr.c, cse_push): a pure subexpression over
// unboxed locals is computed once while its first occurrence's register is still held;
// memory operands, boxed locals and calls are never shared.
package main

import (
	"fmt"
	"math"
)

func evalA(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

type P struct{ v int }

var g int

func bumpG() int {
	g++
	return 0
}

func setP(p *P) int {
	p.v += 10
	return 0
}

func main() {
	// the duplicated i+j of spectralnorm's evalA, inlined and not
	s := 0.0
	for i := 0; i < 6; i++ {
		for j := -2; j < 5; j++ {
			s += evalA(i, j)
			k := (i+j)*(i+j+1)/2 + i + 1
			s += float64(k)
		}
	}
	fmt.Println(s)
	// wrapping narrow types: the shared value is the normalised one
	var a, b int32 = math.MaxInt32 - 1, 3
	fmt.Println((a+b)*(a+b+1), (a+b)-(a+b)/2)
	var u8, w8 uint8 = 200, 100
	fmt.Println((u8+w8)*(u8+w8), (u8+w8)>>1+(u8+w8))
	// floats: NaN, -0 and infinities give the same bits each time
	x, y := math.Inf(1), math.Inf(-1)
	fmt.Println((x+y)*(x+y), math.Signbit((-0.0*x)*(-0.0*x)))
	nz := math.Copysign(0, -1)
	z := 0.0
	fmt.Println(math.Signbit((nz+nz)*(nz+nz+z)), math.Signbit((nz-z)-(nz-z)*2))
	// comparisons reuse too
	p, q := 3, 4
	fmt.Println(p*q > 5 && p*q < 20, (p*q == 12) == (p*q != 13))
	// a global is memory: a call between the two reads must be seen
	g = 5
	r := (g + p) * 1
	r2 := r + (bumpG() + (g + p))
	fmt.Println(r, r2)
	// a field behind a pointer is memory: a store through the pointer in between is seen
	pp := &P{v: 1}
	t1 := pp.v + p
	t2 := t1 * (setP(pp) + (pp.v + p))
	fmt.Println(t1, t2)
	// a captured (boxed) local changed by a closure in a later statement
	c := 1
	inc := func() { c++ }
	e1 := (c + p) * (c + p)
	inc()
	e2 := (c + p) * (c + p)
	fmt.Println(e1, e2)
	// division by a variable is not shared (it may panic) but still computed correctly
	d := 2
	fmt.Println((p/d)*(p/d+1), (p%3)*(p%3+1))
	// shifts by a variable count are not shared; by a constant they are
	sh := uint(2)
	fmt.Println((p<<sh)+(p<<sh), (p<<3)*(p<<3+1))
	// the same locals in different functions' inlined bodies
	fmt.Println(evalA(p, q)*evalA(p, q), evalA(p, q)+evalA(q, p))
	// assignment whose target is an operand
	p = (p + q) * (p + q + 1)
	fmt.Println(p)
	p, q = q+p, (q+p)*2
	fmt.Println(p, q)
	// x + y + k in one instruction (ADDADDI), wrapping in every width
	var i8a, i8b int8 = 127, 0
	var u8a, u8b uint8 = 0, 0
	var i64a, i64b int64 = math.MaxInt64, 0
	fmt.Println(i8a+i8b+1, u8a+u8b-1, i64a+i64b+1, i64a+i64b-(-32768), p+q-32768)
	var i32a, i32b int32 = math.MaxInt32, math.MaxInt32
	fmt.Println(i32a+i32b+2, (i32a+i32b+2)*(i32a+i32b+2), uint16(u8a+u8b-1)+uint16(u8a)+7)
	// x * (y + k) in one instruction (MULADDI), wrapping in every width
	var m8a, m8b int8 = 100, 2
	var mu8 uint8 = 200
	fmt.Println(m8a*(m8b+1), m8b*(m8a-(-30)), mu8*(mu8+100), i64a*(i64b+2), p*(q-32768))
	fmt.Println((p+q)*(p+q+1), (p+q+1)*(p+q), (p+q+1)*(p+q+1))
}


// Output:
// 630.6867292532189
// -2147483646 -1073741824
// 144 66
// NaN true
// true false
// true true
// 8 17
// 4 56
// 16 25
// 2 0
// 24 600
// 0.0009765625 0.061553030303030304
// 56
// 60 120
// -128 255 -9223372036854775808 -9223372036854743041 -32588
// 0 0 262
// 44 4 96 -2 -1958880
// 32580 32580 32761
