// Big values copied and built memory to memory instead of through registers: array and
// struct assignment between globals, spilled locals and pointed-to values, &T{...} and
// array literals of big types, a 1M-element global literal (the shape of Go's
// test/fixedbugs/issue34395.go). A nil source still panics as in Go.
package main

import "fmt"

var z [100000]int
var lit = [1024 * 1024]byte{42, 9: 7}

type S struct {
	a [70000]int
	b int
}

func main() {
	var x [100000]int
	x[99999] = 7
	z = x
	y := z
	y[0] = 1
	p := &S{b: 4, a: [70000]int{69999: 3}}
	q := *p
	var s S
	s = *p
	s.b++
	fmt.Println(z[99999], y[0], y[99999], z[0], q.a[69999], q.b, s.b, p.b)
	arr := [80000]string{"a", 79999: "z"}
	fmt.Println(arr[0], arr[79999], len(arr[1]), lit[0], lit[9], lit[10], len(lit))
	var np *S
	defer func() { fmt.Println("recovered:", recover()) }()
	s = *np
}

// Output:
// 7 1 7 0 3 4 5 4
// a z 0 42 7 0 1048576
// recovered: runtime error: invalid memory address or nil pointer dereference
