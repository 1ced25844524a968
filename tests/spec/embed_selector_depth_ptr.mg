package main

// Selector depth through embedded pointers and embedded interfaces: a field (Mid.Kind,
// E2.Describe) hides a promoted method for selectors, method values, assertions and
// type switches.

import "fmt"

type Base struct{ ID int }

func (b *Base) Describe() string { return fmt.Sprint("base ", b.ID) }
func (b Base) Kind() string      { return "base" }

type Mid struct {
	*Base
	Kind string
}

type Top struct {
	Mid
	Base2 Base
}

func (t Top) Describe() string { return "top " + t.Mid.Describe() }

type Describer interface{ Describe() string }
type Kinder interface{ Kind() string }

type E1 struct{ Describer }
type E2 struct {
	E1
	Describe int
}

func main() {
	t := Top{Mid: Mid{Base: &Base{7}, Kind: "mid kind"}}
	fmt.Println(t.Describe(), t.Kind, t.ID, t.Mid.Base.Kind())
	d := t.Mid.Describe
	fmt.Println(d())
	var x interface{} = t
	_, isK := x.(Kinder)
	dd, isD := x.(Describer)
	fmt.Println(isK, isD, dd.Describe())
	x = t.Mid
	_, isK = x.(Kinder)
	_, isD = x.(Describer)
	fmt.Println(isK, isD)
	x = &t.Mid
	_, isK = x.(Kinder)
	_, isD = x.(Describer)
	fmt.Println(isK, isD)
	e := E2{E1{t}, 5}
	x = e
	_, isD = x.(Describer)
	fmt.Println(e.Describe, e.E1.Describe(), isD)
	x = e.E1
	_, isD = x.(Describer)
	fmt.Println(isD)
	switch v := x.(type) {
	case Kinder:
		fmt.Println("kinder", v)
	case Describer:
		fmt.Println("describer", v.Describe())
	}
}

// Output:
// top base 7 mid kind 7 base
// base 7
// false true top base 7
// false true
// false true
// 5 top base 7 false
// true
// describer top base 7
