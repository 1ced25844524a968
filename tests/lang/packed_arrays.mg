package main

import "fmt"

type Pixel struct {
	rgb   [3]byte
	alpha uint8
	on    bool
	tags  [5]uint16
}

type Grid [4][4]byte

var glob [10]byte
var gbits [70]bool

func sum(a [5]byte) int {
	t := 0
	for _, v := range a {
		t += int(v)
	}
	a[0] = 99 // a copy
	return t
}

func mk(v byte) [5]byte { return [5]byte{v, v + 1, 4: v + 4} }

func (g *Grid) set(i, j int, v byte) { g[i][j] = v }

func (g Grid) trace() int {
	t := 0
	for i := 0; i < 4; i++ {
		t += int(g[i][i])
	}
	return t
}

func main() {
	var p Pixel
	p.rgb[1] = 128
	p.alpha = 255
	p.on = true
	p.tags[4] = 65535
	q := p // value copy
	q.rgb[1] = 1
	q.tags[0] = 7
	fmt.Println(p, q, p == q)
	q = p
	fmt.Println(p == q)
	pp := &p
	pp.rgb[2] = 3
	pr := &pp.rgb
	pr[0] = 9
	fmt.Println(p.rgb, *pr)
	e := &p.rgb[1]
	*e += 2
	fmt.Println(p.rgb[1], *e)

	a := mk(10)
	b := a
	b[1] = 0
	fmt.Println(a, b, sum(a), a[0], a != b)

	// variable indexes into register arrays and nested arrays
	var g Grid
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			g[i][j] = byte(i*4 + j)
		}
	}
	i, j := 2, 3
	g[i][j] += 100
	g[j][i]--
	fmt.Println(g, g[i][j], g[3][2], g.trace())
	g.set(1, 1, 50)
	fmt.Println(g[1], g.trace())
	ptr := &g[2][1]
	*ptr = 77
	fmt.Println(g[2])
	row := g[3]
	row[0] = 200
	fmt.Println(row, g[3])
	var pix [3]Pixel
	k := 1
	pix[k].rgb[k+1] = 5
	pix[k].tags[k*3] = 6
	fmt.Println(pix[1].rgb, pix[1].tags)

	// pointers to elements
	bb := []byte{1, 2, 3, 4, 5}
	p3 := &bb[3]
	*p3 = 40
	*p3++
	p4 := &bb[4]
	fmt.Println(bb, *p3, *p4)
	u := []uint32{1, 2, 3}
	pu := &u[1]
	*pu = 1<<32 - 1
	*pu += 2
	fmt.Println(u)
	fl := make([]bool, 3)
	pf := &fl[2]
	*pf = true
	fmt.Println(fl)

	// globals and closures
	glob[3] = 3
	gbits[65] = true
	gs := glob[2:5]
	gs[0] = 2
	cnt := 0
	for _, v := range gbits {
		if v {
			cnt++
		}
	}
	fmt.Println(glob, cnt, gbits[65], gbits[64])
	var local [6]byte
	inc := func(i int) { local[i]++ }
	inc(1)
	inc(1)
	inc(5)
	fmt.Println(local)

	// composite literals with keys, array of arrays of bool
	lit := [...]byte{5: 1, 2, 1: 9}
	fmt.Println(lit, len(lit))
	bm := [2][3]bool{{true}, {false, false, true}}
	bm[0][2] = bm[1][2]
	fmt.Println(bm)
	big := [40000]byte{1, 2, 39999: 3}
	big[20000] = 4
	bsum := 0
	for _, v := range big {
		bsum += int(v)
	}
	bp := &big
	bp[39998] = 5
	fmt.Println(bsum, big[39999], big[39998], len(big[100:]))
	idx := 7
	defer func() { fmt.Println(recover()) }()
	fmt.Println(a[idx%5])
	fmt.Println(a[idx])
}

// Output:
// {[0 128 0] 255 true [0 0 0 0 65535]} {[0 1 0] 255 true [7 0 0 0 65535]} false
// true
// [9 128 3] [9 128 3]
// 130 130
// [10 11 0 0 14] [10 0 0 0 14] 35 10 true
// [[0 1 2 3] [4 5 6 7] [8 9 10 111] [12 13 13 15]] 111 13 30
// [4 50 6 7] 75
// [8 77 10 111]
// [200 13 13 15] [12 13 13 15]
// [0 0 5] [0 0 0 6 0]
// [1 2 3 41 5] 41 5
// [1 1 3]
// [false false true]
// [0 0 2 3 0 0 0 0 0 0] 1 true false
// [0 2 0 0 0 1]
// [0 9 0 0 0 1 2] 7
// [[true false true] [false false true]]
// 10 3 5 39900
// 0
// runtime error: index out of range [7] with length 5
