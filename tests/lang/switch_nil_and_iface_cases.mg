// Expression switches as types2 checks them: a func, map or slice tag compares with nil
// only; an interface tag against concrete cases and a concrete tag against an interface
// case compare as interfaces; a tagless switch may have an interface-typed case, equal
// when it holds true (Go's test/switch.go).
package main

import "fmt"

type T int

type Stringer interface{ String() string }

type N int

func (n N) String() string { return fmt.Sprint("N", int(n)) }

// Interface tags and cases of different interface types compare as interfaces.
func ifaces() {
	var st Stringer = N(1)
	var e interface{} = N(1)
	switch e {
	case st:
		fmt.Println("interface{} tag, Stringer case: equal")
	}
	switch st {
	case e:
		fmt.Println("Stringer tag, interface{} case: equal")
	}
	switch st {
	case N(2):
		fmt.Println("wrong")
	case N(1):
		fmt.Println("Stringer tag, N case")
	}
	e = 3
	switch N(3) {
	case e:
		fmt.Println("wrong: int 3 is not N 3")
	default:
		fmt.Println("N tag, interface case holding an int")
	}
}

func which(f func()) string {
	switch f {
	case nil:
		return "nil func"
	}
	return "func"
}

func main() {
	fmt.Println(which(nil), which(func() {}))

	var m map[int]int
	switch m {
	case nil:
		fmt.Println("nil map")
	}
	switch m = map[int]int{}; m {
	case nil:
		fmt.Println("wrong")
	default:
		fmt.Println("made map")
	}
	for _, a := range [][]int{nil, {}, make([]int, 0), {1}} {
		switch a {
		case nil:
			fmt.Print("nil ")
		default:
			fmt.Print("non-nil ")
		}
	}
	fmt.Println()

	for _, i := range []interface{}{42, "hello", T(7), 7, nil, 2.5} {
		switch i {
		case 42:
			fmt.Println("int 42")
		case "hello":
			fmt.Println("string hello")
		case T(7):
			fmt.Println("T 7")
		case nil:
			fmt.Println("nil")
		case 2.5:
			fmt.Println("float 2.5")
		default:
			fmt.Println("other", i)
		}
	}

	s := "b"
	var x interface{} = "b"
	switch s {
	case x:
		fmt.Println("string tag, interface case")
	}
	var e error
	switch s {
	case "a", fmt.Sprint(e):
	default:
		fmt.Println("no case")
	}

	i := interface{}(true)
	switch {
	case i:
		fmt.Println("tagless interface case")
	case false:
		fmt.Println("wrong")
	}
	i = 1
	switch {
	case i:
		fmt.Println("wrong")
	default:
		fmt.Println("1 is not true")
	}
	ifaces()
}

// Output:
// nil func func
// nil map
// made map
// nil non-nil non-nil non-nil 
// int 42
// string hello
// T 7
// other 7
// nil
// float 2.5
// string tag, interface case
// no case
// tagless interface case
// 1 is not true
// interface{} tag, Stringer case: equal
// Stringer tag, interface{} case: equal
// Stringer tag, N case
// N tag, interface case holding an int
