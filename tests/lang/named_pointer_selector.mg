// Field selection through a defined pointer type: for `type PS *T`, z.f is (*z).f when f
// is a field of T (also a promoted one), and is assignable through the pointer; a method
// of T is not (spec: Selectors; Go's test/chan/powser2.go).
package main

import "fmt"

type In struct{ deep int }

type T struct {
	f   int
	req chan int
	In
}

func (t *T) M() int { return t.f }

type PS *T

func bump(p PS) { p.f++ }

func main() {
	var z PS = &T{f: 1, In: In{deep: 7}}
	fmt.Println(z.f, z.deep, z.In.deep)
	z.f = 41
	bump(z)
	fmt.Println(z.f, (*z).f)
	p := &z.deep
	*p = 9
	fmt.Println(z.deep)
	var t T = *z
	fmt.Println(t.M())

	defer func() { fmt.Println("recovered:", recover()) }()
	var nilz PS
	fmt.Println(nilz.f)
}

// Output:
// 1 7 7
// 42 42
// 9
// 42
// recovered: runtime error: invalid memory address or nil pointer dereference
