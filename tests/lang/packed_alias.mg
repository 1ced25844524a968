package main

import "fmt"

func fill(b []byte, v byte) {
	for i := range b {
		b[i] = v
	}
}

func main() {
	s := []byte("abcdefgh")
	s2 := s[1:3]
	s2[0] = 'X'
	s2 = append(s2, 'Y') // within capacity: writes s[3]
	fmt.Println(string(s), string(s2), len(s2), cap(s2))
	s3 := s[2:4:4]
	s3 = append(s3, 'Z') // beyond capacity: a copy
	s3[0] = '!'
	fmt.Println(string(s), string(s3), cap(s3))
	fill(s[5:], '.')
	fmt.Println(string(s))

	// growth: caps as Go's growslice computes them for 1, 2 and 4-byte elements
	var b []byte
	var u []uint16
	var w []uint32
	var f []bool
	for i := 0; i < 40; i++ {
		b = append(b, byte(i))
		u = append(u, uint16(i*1000))
		w = append(w, uint32(i)*100000000)
		f = append(f, i%3 == 0)
	}
	fmt.Println(len(b), cap(b), len(u), cap(u), len(w), cap(w), len(f), cap(f))
	fmt.Println(b[39], u[39], w[39], f[39], f[38])
	b = append(b, b...)
	fmt.Println(len(b), cap(b), b[40], b[79])
	b = append(b[:2], 7, 8, 9)
	fmt.Println(b[:6], len(b))

	// copy overlapping, both directions
	c := []uint16{1, 2, 3, 4, 5, 6}
	n := copy(c[1:], c)
	fmt.Println(n, c)
	n = copy(c, c[2:])
	fmt.Println(n, c)
	d := []bool{true, false, true, true}
	copy(d[2:], d)
	fmt.Println(d)
	e := make([]uint32, 2)
	fmt.Println(copy(e, []uint32{10, 20, 30}), e)

	// clear
	clear(c[1:3])
	fmt.Println(c)

	// three-index slices of arrays alias the array
	var arr [6]byte
	as := arr[1:4]
	as[2] = 9
	as = append(as, 10)
	fmt.Println(arr, as, cap(as))
	pa := &arr
	ps := pa[:]
	ps[0] = 1
	fmt.Println(arr[0], len(ps))

	// range over packed slices and arrays
	sum := 0
	for i, v := range u[:5] {
		sum += i * int(v)
	}
	fmt.Println(sum)
	ra := [4]bool{true, false, true, false}
	for i, v := range ra {
		ra[3] = true // range over an array value ranges over a copy
		if i == 3 {
			fmt.Println(v, ra[3])
		}
	}
	rp := [3]byte{1, 2, 3}
	for i, v := range &rp {
		rp[2] = 30 // range over a pointer sees the writes
		if i == 2 {
			fmt.Println(v)
		}
	}
}

// Output:
// aXcYefgh XcY 3 7
// aXcYefgh !YZ 8
// aXcYe...
// 40 64 40 64 40 64 40 64
// 39 39000 3900000000 true false
// 80 128 0 39
// [0 1 7 8 9 5] 5
// 5 [1 1 2 3 4 5]
// 4 [2 3 4 5 4 5]
// [true false true false]
// 2 [10 20]
// [2 0 0 5 4 5]
// [0 0 0 9 10 0] [0 0 9 10] 5
// 1 6
// 30000
// false true
// 30
