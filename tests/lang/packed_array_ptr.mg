// A slice converted to an array pointer at an odd byte offset of a packed slice ([]byte,
// []bool, []uint16, []uint32: docs/packed.md): loads and stores of the whole array move
// exactly its elements, never the neighbouring ones that share its last word, at any
// alignment; element access, comparisons, array copies, calls, methods (value and pointer
// receivers, through the *T wrapper and a promoted embedded *T), range, interfaces, map
// keys and struct fields all see the same bytes.
package main

import "fmt"

type B3 [3]byte

func (b B3) Sum() int { return int(b[0]) + int(b[1]) + int(b[2]) }

func (b *B3) Bump() {
	c := *b
	for i := range c {
		c[i]++
	}
	*b = c
}

type Sum interface{ Sum() int }

type holder struct {
	*B3
	tag int
}

type rec struct {
	a [3]byte
	n int
}

func take(a [5]byte) [5]byte {
	a[0] = 99
	return a
}

func fill(p *[4]byte, v byte) {
	for i := range p {
		p[i] = v
	}
}

func main() {
	s := make([]byte, 20)
	for i := range s {
		s[i] = byte(i + 1)
	}

	// reads: the value of *p has only the array's elements
	p := (*[3]byte)(s[5:8])
	a := *p
	fmt.Println(a, *p == [3]byte{6, 7, 8}, a == [3]byte{6, 7, 8}, p[2], len(p))

	// writes of the whole array leave the neighbours alone
	*p = [3]byte{60, 70, 80}
	fmt.Println(s[4:9])
	q := (*[8]byte)(s[3:11]) // a full word, unaligned
	*q = [8]byte{1, 1, 1, 1, 1, 1, 1, 1}
	fmt.Println(s[2:12])
	p[1] = 7
	fmt.Println(s[5:8], *p)

	// an array value copy is a copy
	b := *q
	b[0] = 42
	fmt.Println(s[3], b[0])

	// comparisons between two unaligned arrays
	r := (*[3]byte)(s[1:4])
	t := (*[3]byte)(s[13:16])
	fmt.Println(*r == *t, *r != *t)
	*t = *r
	fmt.Println(*r == *t, s[12:17])

	// overlapping assignment copies the value first
	o1 := (*[5]byte)(s[0:5])
	o2 := (*[5]byte)(s[1:6])
	*o2 = *o1
	fmt.Println(s[:7])

	// passing and returning
	fmt.Println(take(*(*[5]byte)(s[7:12])), s[7:12])
	fill((*[4]byte)(s[9:13]), 5)
	fmt.Println(s[8:14])

	// methods: the value receiver through *B3 (the wrapper), the pointer receiver,
	// an interface holding a *B3, a promoted method of an embedded *B3
	nb := (*B3)(s[15:18])
	fmt.Println(nb.Sum(), *nb)
	nb.Bump()
	fmt.Println(s[14:19])
	var si Sum = nb
	fmt.Println(si.Sum())
	h := holder{nb, 1}
	fmt.Println(h.Sum())
	var hs Sum = h
	fmt.Println(hs.Sum())

	// range over the pointer and over the array value
	sum := 0
	for _, v := range p {
		sum += int(v)
	}
	for _, v := range *p {
		sum += int(v)
	}
	fmt.Println(sum)

	// into interfaces, map keys, struct fields
	var x, y interface{} = *p, [3]byte{1, 7, 1}
	fmt.Println(x == y)
	m := map[[3]byte]int{*p: 1}
	fmt.Println(m[[3]byte{1, 7, 1}])
	rr := rec{*p, 2}
	fmt.Println(rr == rec{[3]byte{1, 7, 1}, 2}, rr)
	rp := &rec{}
	rp.a = *(*[3]byte)(s[17:20])
	*(*[3]byte)(s[0:3]) = rp.a
	fmt.Println(rp.a, s[:4])

	// the other packed kinds
	bs := []bool{false, true, false, true, true, false, false, true, true, true}
	bp := (*[3]bool)(bs[3:6])
	fmt.Println(*bp, *bp == [3]bool{true, true, false})
	*bp = [3]bool{false, false, true}
	fmt.Println(bs)
	u16 := []uint16{1, 2, 3, 4, 5, 6, 7, 8}
	up := (*[3]uint16)(u16[1:4])
	v16 := *up
	*up = [3]uint16{20, 30, 40}
	fmt.Println(v16, u16)
	u32 := []uint32{1, 2, 3, 4, 5}
	wp := (*[3]uint32)(u32[1:4])
	v32 := *wp
	*wp = [3]uint32{7, 8, 9}
	fmt.Println(v32, u32, *wp == [3]uint32{7, 8, 9})

	// at the very end of a slice's backing array
	e := make([]byte, 13)
	ep := (*[3]byte)(e[10:])
	*ep = [3]byte{1, 2, 3}
	fmt.Println(*ep, e)
}

// Output:
// [6 7 8] true true 8 3
// [5 60 70 80 9]
// [3 1 1 1 1 1 1 1 1 12]
// [1 7 1] [1 7 1]
// 1 42
// false true
// true [13 2 3 1 17]
// [1 1 2 3 1 1 7]
// [99 1 1 1 12] [1 1 1 1 12]
// [1 5 5 5 5 2]
// 36 [1 17 18]
// [3 2 18 19 19]
// 39
// 39
// 39
// 18
// true
// 1
// true {[1 7 1] 2}
// [19 19 20] [19 19 20 3]
// [true true false] true
// [false true false false false true false true true true]
// [2 3 4] [1 20 30 40 5 6 7 8]
// [2 3 4] [1 7 8 9 5] true
// [1 2 3] [0 0 0 0 0 0 0 0 0 0 1 2 3]
