package main

type T struct{ a int }

func main() {
	x, y := T{}, T{}
	_ = x < y // ERROR "invalid operation: x < y \(operator < not defined on struct\)"
}
