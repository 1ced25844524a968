package main

import (
	"fmt"
	"strings"
)

type T struct {
	name string
	bits [10]bool
	ws   []uint16
}

func main() {
	ss := [][2]byte{{1, 2}, {3, 4}}
	ss[1][0] = 30
	ss = append(ss, [2]byte{5, 6})
	m := make([][4]byte, 3)
	for i := range m {
		for j := range m[i] {
			m[i][j] = byte(i * j)
		}
	}
	fmt.Println(ss, m, len(m))
	c := make(chan [3]byte, 2)
	c <- [3]byte{7, 8, 9}
	v := <-c
	v[1]++
	fmt.Println(v)
	t := &T{name: "x", ws: []uint16{9}}
	t.bits[9] = true
	t.ws = append(t.ws, 1000)
	fmt.Println(t, *t)
	fmt.Printf("%+v %v\n", *t, &t.bits)
	ts := []T{{name: "a"}, {name: "b"}}
	ts[1].bits[2] = true
	fmt.Println(ts[1].bits[2], ts[0].bits)
	var sb strings.Builder
	for _, r := range []byte("xyz") {
		sb.WriteByte(r - 32)
	}
	fmt.Println(sb.String())
	mm := map[string][]byte{}
	mm["k"] = append(mm["k"], 'a', 'b')
	mm["k"][0] = 'A'
	fmt.Println(string(mm["k"]))
	var arr [3]uint16
	sl := arr[:]
	sl = append(sl[:1], 5)
	fmt.Println(arr)
	x := [...]uint32{3: 4}
	y := x
	fmt.Println(x == y, len(x), x)
	var big [5000]uint16
	big[4999] = 7
	bb := big
	bb[0] = 1
	fmt.Println(big[0], bb[0], bb[4999], big == bb)
	ifc := []interface{}{byte(3), true, uint16(9), [2]bool{true, false}}
	fmt.Println(ifc...)
	var p *[4]byte = &[4]byte{1, 2, 3, 4}
	for i := range p {
		p[i] *= 2
	}
	fmt.Println(*p, p[1:3])
	bs := []byte("abc")
	s := string(bs[1:])
	bs[1] = 'X'
	fmt.Println(s, string(bs))
	var flags [64]bool
	for i := 0; i < 64; i += 7 {
		flags[i] = true
	}
	n := 0
	for _, f := range flags {
		if f {
			n++
		}
	}
	fmt.Println(n)
}

// Output:
// [[1 2] [30 4] [5 6]] [[0 0 0 0] [0 1 2 3] [0 2 4 6]] 3
// [7 9 9]
// &{x [false false false false false false false false false true] [9 1000]} {x [false false false false false false false false false true] [9 1000]}
// {name:x bits:[false false false false false false false false false true] ws:[9 1000]} &[false false false false false false false false false true]
// true [false false false false false false false false false false]
// XYZ
// Ab
// [0 5 0]
// true 4 [0 0 0 4]
// 0 1 7 false
// 3 true 9 [true false]
// [2 4 6 8] [4 6]
// bc aXc
// 10
