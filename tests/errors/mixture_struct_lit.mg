package main

type P struct{ x, y int }

func main() {
	_ = P{x: 1, 2} // ERROR "mixture of field:value and value elements in struct literal"
}
