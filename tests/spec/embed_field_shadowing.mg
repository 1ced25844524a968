package main

import "fmt"

type A struct{ X, Y int }
type B struct {
	A
	X string
}
type C struct {
	B
	Z int
}

func main() {
	c := C{B{A{1, 2}, "bx"}, 3}
	fmt.Println(c.X, c.Y, c.B.A.X, c.A.X, c.Z)
	c.Y = 20
	c.A.X = 10
	fmt.Println(c.B.A, c.B.X)
	fmt.Printf("%+v\n", c)
}

// Output:
// bx 2 1 1 3
// {10 20} bx
// {B:{A:{X:10 Y:20} X:bx} Z:3}
