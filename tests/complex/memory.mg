package main

import "fmt"

type Pt struct {
	A complex64
	B complex128
	N int
}

func sum(xs ...complex128) (s complex128) {
	for _, x := range xs {
		s += x
	}
	return
}

func pair(z complex128) (float64, complex128) { return real(z), z * z }

func main() {
	arr := [3]complex128{1, 2i, 3 + 3i}
	arr[1] *= 2
	p := &arr[2]
	*p -= 1i
	s := append([]complex64{}, 1, 2, 3i)
	s[0] = complex64(arr[2])
	copy(s[1:], []complex64{7i})
	m := map[string]complex128{"a": 1}
	m["a"] += 2i
	m["b"] -= 1
	ch := make(chan complex128, 2)
	ch <- arr[0] + arr[1]
	var acc complex128
	f := func(z complex128) { acc += z }
	f(<-ch)
	f(sum(arr[:]...))
	pt := Pt{A: 1.5i, B: -2, N: 3}
	pp := &pt
	pp.A *= pp.A
	pp.B /= 4i
	r, sq := pair(pp.B)
	var i interface{} = pt
	q := i.(Pt)
	var c64 complex64 = complex(0.1, 0.2)
	c64 = c64 * c64 / (c64 + 1)
	fmt.Println(arr, s, m["a"], m["b"], acc, pt, r, sq, q == pt, c64)
	fmt.Printf("%v %.3v\n", []Pt{pt}, [2]complex64{c64, -c64})
	zs := []complex128{}
	for k := 0; k < 4; k++ {
		zs = append(zs, complex(float64(k), float64(-k)))
	}
	fmt.Println(zs, len(zs))
}

// Output:
// [(1+0i) (0+4i) (3+2i)] [(3+2i) (0+7i) (0+3i)] (1+2i) (-1+0i) (5+10i) {(-2.25+0i) (0+0.5i) 3} 0 (-0.25+0i) true (-0.02+0.040000003i)
// [{(-2.25+0i) (0+0.5i) 3}] [(-0.02+0.04i) (0.02-0.04i)]
// [(0+0i) (1-1i) (2-2i) (3-3i)] 4
