// Converting a slice to an array pointer (Go 1.17): the pointer aliases the slice's
// elements; a slice shorter than the array panics with gc's text; a nil slice gives a nil
// pointer, an empty non-nil one a non-nil pointer; named slice, array and pointer types
// convert too, also in package-level initialisers (Go's test/convert4.go).
package main

import "fmt"

type Slice []int
type Int4 [4]int
type PInt4 *[4]int

type pt struct{ x, y int }

var (
	gs  = make([]string, 10)
	g5  = (*[5]string)(gs)
	gns []string
	gn0 = (*[0]string)(gns)
)

func try(f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println("panic:", ok, err)
	}()
	f()
}

func main() {
	s := make([]byte, 8, 10)
	p := (*[8]byte)(s)
	p[3] = 7
	s[4] = 9
	fmt.Println(s[3], p[4], &p[0] == &s[0], len(p))

	q := (*[3]byte)(s[2:5])
	q[0] = 1
	fmt.Println(s[2], *q)

	ii := make(Slice, 4)
	a := (*Int4)(ii)
	b := PInt4(ii)
	a[1] = 5
	fmt.Println(ii, b[1], *a)

	ps := []pt{{1, 2}, {3, 4}}
	pa := (*[2]pt)(ps)
	pa[1].y = 40
	fmt.Println(ps, *pa)

	var n []byte
	fmt.Println((*[0]byte)(n) == nil, (*[0]byte)(make([]byte, 0)) == nil)

	g5[4] = "five"
	fmt.Println(gs[4], gn0 == nil)

	try(func() { _ = (*[9]byte)(s) })
	try(func() { _ = (*[1]int)(nil) }) // nil converts to the pointer type: no panic
	var ns []int
	try(func() { _ = (*[1]int)(ns) })
	short := []int{1, 2, 3}
	_ = (*[8]int)(short)
}

// Exit: 2
// Output:
// 7 9 true 8
// 1 [1 7 9]
// [0 5 0 0] 5 [0 5 0 0]
// [{1 2} {3 40}] [{1 2} {3 40}]
// true false
// five true
// panic: true runtime error: cannot convert slice with length 8 to pointer to array with length 9
// panic: false <nil>
// panic: true runtime error: cannot convert slice with length 0 to pointer to array with length 1
// Stderr: panic: runtime error: cannot convert slice with length 3 to pointer to array with length 8
