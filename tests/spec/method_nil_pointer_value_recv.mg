package main

import "fmt"

// Value methods reached through nil pointers: the (*T).M wrapper (interfaces, method
// expressions) panics with panicwrap's runtime.Error; promoted methods through a nil
// embedded or outer pointer, and direct calls, are nil dereferences.

type T struct{ x int }

func (t T) M() int { return t.x }

type Z struct{}

func (Z) M() int { return 3 }

type S struct{ T }
type SP struct{ *T }

type I interface{ M() int }

func try(name string, f func() int) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Println(name, r, isErr)
	}()
	fmt.Println(name, f())
}

func main() {
	var p *T
	var sp *S
	var zp *Z
	cases := []I{p, sp, SP{}, &SP{}, T{5}, &T{6}, Z{}, zp}
	for k, i := range cases {
		try(fmt.Sprint("iface", k), i.M)
	}
	try("direct", func() int { return p.M() })
	try("methodexpr", func() int { return (*T).M(p) })
	try("zero-size", func() int { return (*Z).M(zp) })
	try("value", func() int { f := T.M; return f(T{9}) })
}

// Output:
// iface0 value method main.T.M called using nil *T pointer true
// iface1 runtime error: invalid memory address or nil pointer dereference true
// iface2 runtime error: invalid memory address or nil pointer dereference true
// iface3 runtime error: invalid memory address or nil pointer dereference true
// iface4 5
// iface4 <nil> false
// iface5 6
// iface5 <nil> false
// iface6 3
// iface6 <nil> false
// iface7 value method main.Z.M called using nil *Z pointer true
// direct runtime error: invalid memory address or nil pointer dereference true
// methodexpr value method main.T.M called using nil *T pointer true
// zero-size value method main.Z.M called using nil *Z pointer true
// value 9
// value <nil> false
