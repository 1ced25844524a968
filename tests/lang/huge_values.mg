// Values far bigger than a frame's 16-bit register operands: local arrays of a million
// words (spilled to a box), fields and constant indexes past word 65535 of a pointed-to
// struct, and big values converted to interfaces (copied memory to memory). The nil
// cases panic as Go's do instead of failing to compile (shapes of Go's test/nilptr2.go).
package main

import "fmt"

type Big struct {
	i int
	x [1 << 20]int
	l []byte
}

var bigp *Big
var gbig [5000]int

func nilPanics(name string, f func()) {
	defer func() {
		fmt.Println(name, "panicked:", recover() != nil)
	}()
	f()
}

func sum(x interface{}) int {
	a := x.([5000]int)
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

func main() {
	var a [1 << 20]int
	for i := range a {
		a[i] = i & 7
	}
	a[1<<19] = 100
	t := 0
	for _, v := range a {
		t += v
	}
	fmt.Println(t, a[1<<19], len(a))

	b := new(Big)
	b.x[1<<20-1] = 5
	b.l = append(b.l, 'x')
	b.i = 2
	fmt.Println(b.i, b.x[1<<20-1], string(b.l))
	var e interface{} = *b
	fmt.Printf("%T %v\n", e, e != nil)

	for i := range gbig {
		gbig[i] = 1
	}
	fmt.Println(sum(gbig))
	local := gbig
	local[0] = 10
	fmt.Println(sum(local), sum(gbig))

	nilPanics("*bigp", func() { var x interface{} = *bigp; _ = x })
	nilPanics("bigp.l", func() { fmt.Println(bigp.l) })
	nilPanics("&bigp.l", func() { fmt.Println(&bigp.l == nil) })
	nilPanics("bigp.x[1<<19]", func() { fmt.Println(bigp.x[1<<19]) })
}

// Output:
// 3670116 100 1048576
// 2 5 x
// main.Big true
// 5000
// 5009 5000
// *bigp panicked: true
// bigp.l panicked: true
// &bigp.l panicked: true
// bigp.x[1<<19] panicked: true
