package main

import "fmt"

type Inner struct {
	A int
	S string
}

type Outer struct {
	In  Inner
	F   float64
	Arr [2]bool
}

func main() {
	a := Outer{Inner{1, "x"}, 1.5, [2]bool{true, false}}
	b := a
	fmt.Println(a == b)
	b.In.S = "y"
	fmt.Println(a == b, a != b)
	b = a
	b.Arr[1] = true
	fmt.Println(a == b)
	var z1, z2 Outer
	fmt.Println(z1 == z2, z1 == Outer{})
	type anon = struct{ X int }
	fmt.Println(anon{1} == struct{ X int }{1})
}

// Output:
// true
// false true
// false
// true true
// true
