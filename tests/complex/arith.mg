package main

import "fmt"

type P struct {
	Name string
	Z    complex128
}

func div(a, b complex128) complex128 { return a / b }

func main() {
	var a complex128 = 1 + 2i
	b := complex(3.0, -4.0)
	var c complex64 = 1.5 - 0.25i
	fmt.Println(a, b, c)
	fmt.Println(a+b, a-b, a*b, a/b, -a)
	fmt.Println(real(a), imag(b), real(c), imag(c))
	fmt.Printf("%v %g %e %f %.2f %+.1f\n", a, a, a, a, b, b)
	fmt.Printf("%8.2f|%T %T\n", a, a, c)
	fmt.Println(a == 1+2i, a != b, complex128(c), complex64(a))
	s := []complex128{1, 2i, -3 - 4i}
	fmt.Println(s, P{"x", 5i})
	fmt.Printf("%v %+v\n", P{"y", 1}, P{"z", -1i})
	m := map[complex128]int{1i: 1, 2: 2}
	m[1i]++
	fmt.Println(m[1i], m[2], len(m))
	const k = 2i * 2i
	fmt.Println(k, real(k), 1i*1i == -1)
	var z complex128
	inf := 1 / real(z)
	fmt.Println(div(1, 0), div(complex(inf, 1), 2), div(1, complex(inf, inf)), div(0, 0))
	c *= c
	c /= 2
	a += 1
	a++
	fmt.Println(c, a)
	var i interface{} = a
	fmt.Println(i, i.(complex128))
	fmt.Println(fmt.Sprint(complex64(1.1)), 0x10i, 0b11i, 0123i, 1e2i, .5i)
	var f32 float32 = 0.1
	fmt.Println(complex(f32, f32), complex(1, f32))
}

// Output:
// (1+2i) (3-4i) (1.5-0.25i)
// (4-2i) (-2+6i) (11+2i) (-0.2+0.4i) (-1-2i)
// 1 -4 1.5 -0.25
// (1+2i) (1+2i) (1.000000e+00+2.000000e+00i) (1.000000+2.000000i) (3.00-4.00i) (+3.0-4.0i)
// (    1.00   +2.00i)|complex128 complex64
// true true (1.5-0.25i) (1+2i)
// [(1+0i) (0+2i) (-3-4i)] {x (0+5i)}
// {y (1+0i)} {Name:z Z:(0-1i)}
// 2 2 2
// (-4+0i) -4 true
// (+Inf+NaNi) (+Inf+NaNi) (0-0i) (NaN+NaNi)
// (1.09375-0.375i) (3+2i)
// (3+2i) (3+2i)
// (1.1+0i) (0+16i) (0+3i) (0+123i) (0+100i) (0+0.5i)
// (0.1+0.1i) (1+0.1i)
