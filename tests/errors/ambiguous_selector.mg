package main

type A struct{ x int }
type B struct{ x int }
type C struct {
	A
	B
}

func main() {
	var c C
	_ = c.x // ERROR "ambiguous selector c.x"
}
