// The range expression is evaluated once before the loop, except that with at most one
// iteration variable over an array (or array pointer) whose len is constant it is not
// evaluated at all; len and cap of an array (pointer) with calls or receives in it are not
// constant and evaluate it once, without dereferencing. A range or select-receive
// assignment to two places is a parallel assignment (Go's test/range.go, test/const4.go).
package main

import "fmt"

var calls int

func arr() [3]int {
	calls++
	return [3]int{1, 2, 3}
}

func parr() *[4]int {
	calls++
	return nil
}

type S struct{ a [5]int }

func sp() *S {
	calls++
	return &S{}
}

func main() {
	n := 0
	for i := range arr() {
		n += i
	}
	for range arr() {
		n++
	}
	for i, _ := range arr() {
		n += i
	}
	fmt.Println("arr:", calls, n)

	calls, n = 0, 0
	for i := range parr() { // a nil pointer: not dereferenced
		n += i
	}
	fmt.Println("parr:", calls, n)

	var p *[3]int
	for i := range p {
		n += i
	}
	for i := range *p { // len(*p) is constant: *p is not evaluated
		n += i
	}
	var ps *S
	for i := range ps.a { // not evaluated either
		n += i
	}
	fmt.Println("nil, not evaluated:", n)

	calls = 0
	fmt.Println(len(parr()), cap(parr()), len(sp().a), calls)
	c := make(chan *[7]int, 1)
	c <- nil
	fmt.Println(len(<-c), len(c))
	ca := make(chan [3]int, 2)
	ca <- [3]int{1, 2, 3}
	ca <- [3]int{4, 5, 6}
	r := 0
	for i := range <-ca { // a receive: evaluated once, with only the index
		r += i
	}
	fmt.Println(r, len(ca))
	const k = len([2]int{len([3]int{}), 1})
	fmt.Println(k)

	x := []int{10, 20}
	i := 1
	for i, x[i] = range []int{99} {
	}
	fmt.Println(i, x)
	m := map[string]string{}
	key := "old"
	for key, m[key] = range map[string]string{"new": "v"} {
	}
	fmt.Println(key, m)
	ch := make(chan int, 1)
	ch <- 1
	var ok bool
	oks := []bool{false, false}
	j := 0
	select {
	case j, oks[j] = <-ch: // gc stores j first, then indexes with it
	}
	fmt.Println(j, oks, ok)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for _, v := range p {
			fmt.Println(v)
		}
	}()
}

// Output:
// arr: 3 9
// parr: 1 6
// nil, not evaluated: 22
// 4 4 5 3
// 7 0
// 3 1
// 2
// 0 [10 99]
// new map[old:v]
// 1 [false true] false
// recovered: runtime error: invalid memory address or nil pointer dereference
