// A counted loop whose body starts with `p := &s[i]` (INCJLT_SADDR and JLT_SADDR: the
// loop's closing and entry tests take the iteration's element address): nested loops from
// i+1, empty and one-iteration loops, a slice or a counter the body changes, continue,
// zero-size elements, a slice shorter than the bound (Go's index panic, recovered, at
// the entry test and at the closing one), goto and break, range loops and a long loop
// that is preempted.
package main

import "fmt"

type body struct{ x, v, m float64 }

type pt struct{ a, b int }

func try(f func()) (r string) {
	defer func() {
		if e := recover(); e != nil {
			r = fmt.Sprint(e)
		}
	}()
	f()
	return "ok"
}

func pairs(bs []body) {
	n := len(bs)
	for i := 0; i < n; i++ {
		bi := &bs[i]
		for j := i + 1; j < n; j++ {
			bj := &bs[j]
			d := bi.x - bj.x
			bi.v -= d * bj.m
			bj.v += d * bi.m
		}
	}
}

func shrink(rs []pt) {
	for i := range rs {
		p := &rs[i]
		p.b = -1
		rs = rs[:1]
	}
}

func fill(s []int, m int) {
	for j := 0; j < m; j++ {
		p := &s[j]
		*p = j + 1
	}
}

func addHalf(big []float64) {
	for i := range big {
		p := &big[i]
		*p += 0.5
	}
}

func main() {
	bs := []body{{1, 0, 2}, {-0.5, 1, 3}, {4, -1, 0.5}, {2.25, 0, 1}}
	pairs(bs)
	fmt.Println(bs)
	pairs(bs[:1])
	pairs(bs[:0])
	fmt.Println(bs[0])

	// the counter the body changes: the next address is the changed counter's
	ps := make([]pt, 10)
	n := len(ps)
	for i := 0; i < n; i++ {
		p := &ps[i]
		p.a = i
		i++
	}
	fmt.Println(ps)

	// the slice the body reassigns: the next address is the new slice's
	s := []pt{{1, 1}, {2, 2}, {3, 3}, {4, 4}}
	t := []pt{{10, 10}, {20, 20}, {30, 30}, {40, 40}}
	n = len(s)
	for i := 0; i < n; i++ {
		p := &s[i]
		p.b += 100
		s = t
	}
	fmt.Println(s, t)

	// continue goes through the fused test too
	q := make([]pt, 6)
	n = len(q)
	for i := 0; i < n; i++ {
		p := &q[i]
		if i%2 == 0 {
			continue
		}
		p.a = -i
	}
	fmt.Println(q)

	// zero-size elements
	zs := make([]struct{}, 3)
	cnt := 0
	n = len(zs)
	for i := 0; i < n; i++ {
		z := &zs[i]
		_ = z
		cnt++
	}
	fmt.Println(cnt)

	// a bound beyond the slice: the panic is the element address's, at j = len
	short := make([]int, 3)
	fmt.Println(try(func() { fill(short, 5) }), short)
	fmt.Println(try(func() {
		var nilp []int
		m := 2
		for j := 0; j < m; j++ {
			p := &nilp[j]
			*p = 1
		}
	}))

	// a label at the top of the body (goto runs the body's own SADDR) and break
	gs := make([]pt, 3)
	n = len(gs)
	for i := 0; i < n; i++ {
	top:
		p := &gs[i]
		p.a++
		if p.a < 3 {
			goto top
		}
		if i == 1 {
			break
		}
	}
	fmt.Println(gs)

	// range loops: the key is the counter; a slice the body shrinks panics as in Go
	rs := []pt{{1, 1}, {2, 2}, {3, 3}}
	for i := range rs {
		p := &rs[i]
		p.a *= 10
	}
	fmt.Println(rs)
	orig := []pt{{1, 1}, {2, 2}, {3, 3}}
	fmt.Println(try(func() { shrink(orig) }), orig)

	// long enough to be preempted between iterations
	big := make([]float64, 300000)
	done := make(chan bool)
	go func() {
		for k := 0; k < 3; k++ {
			addHalf(big)
		}
		done <- true
	}()
	<-done
	sum := 0.0
	n = len(big)
	for i := 0; i < n; i++ {
		p := &big[i]
		sum += *p
	}
	fmt.Println(sum)
}

// Output:
// [{1 -1.75 2} {-0.5 9 3} {4 -22.25 0.5} {2.25 -9.875 1}]
// {1 -1.75 2}
// [{0 0} {0 0} {2 0} {0 0} {4 0} {0 0} {6 0} {0 0} {8 0} {0 0}]
// [{10 10} {20 120} {30 130} {40 140}] [{10 10} {20 120} {30 130} {40 140}]
// [{0 0} {-1 0} {0 0} {-3 0} {0 0} {-5 0}]
// 3
// runtime error: index out of range [3] with length 3 [1 2 3]
// runtime error: index out of range [0] with length 0
// [{3 0} {3 0} {0 0}]
// [{10 1} {20 2} {30 3}]
// runtime error: index out of range [1] with length 1 [{1 -1} {2 2} {3 3}]
// 450000
