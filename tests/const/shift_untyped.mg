package main

// A non-constant shift of an untyped constant takes the type its context gives the whole
// expression (the spec's rule), also inside a larger untyped expression.

var s uint = 3

var u = 1.0 << s        // ERROR "invalid operation: 1.0 << s \(shift of type float64\)"
var v float32 = 1 << s  // ERROR "invalid operation: 1 << s \(shift of type float32\)"
var w = 1<<s+1 == 1.    // ERROR "invalid operation: 1 << s \(shift of type float64\)"
var x = 1<<s + 1.       // ERROR "invalid operation: 1 << s \(shift of type float64\)"
var y int = 1.0<<s + 1  // fine: int
var z = 1<<s == 1<<s    // fine: int
var g int64 = 1.1 << s  // ERROR "invalid operation: shifted operand 1.1 \(untyped float constant\) must be integer"

func main() {
	_, _, _, _, _, _, _ = u, v, w, x, y, z, g
}

func shifts() {
	var t uint
	var y int64
	y = (1. << t) << (1 << t) // ERROR "invalid operation: shifted operand \(1. << t\) \(untyped float value\) must be integer"
	_ = y
}
