package main

func main() {
	a1 := x1 // ERROR "undefined: x1"
	a2 := x2 // ERROR "undefined: x2"
	a3 := x3 // ERROR "undefined: x3"
	a4 := x4 // ERROR "undefined: x4"
	a5 := x5 // ERROR "undefined: x5"
	a6 := x6 // ERROR "undefined: x6"
	a7 := x7 // ERROR "undefined: x7"
	a8 := x8 // ERROR "undefined: x8"
	a9 := x9 // ERROR "undefined: x9"
	a10 := x10 // ERROR "undefined: x10"
	a11 := x11
	a12 := x12
}
