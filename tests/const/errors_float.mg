package main

import "math"

const f1 = 1e100

var d int = f1                        // ERROR "cannot use f1 \(untyped float constant 1e\+100\) as int value in variable declaration \(truncated\)"
var e = float32(math.MaxFloat32 * 2)  // ERROR "cannot convert math.MaxFloat32 \* 2 \(untyped float constant 6.80565e\+38\) to type float32"
var l float64 = 1e400                 // ERROR "cannot use 1e400 \(untyped float constant 1e\+400\) as float64 value in variable declaration \(overflows\)"
var m = 1.5 >> 1                      // ERROR "invalid operation: shifted operand 1.5 \(untyped float constant\) must be integer"
var o = int(1.5)                      // ERROR "cannot convert 1.5 \(untyped float constant\) to type int"
var p int8 = 1000.0                   // ERROR "cannot use 1000.0 \(untyped float constant 1000\) as int8 value in variable declaration \(truncated\)"
var s int = 1e100 / 3                 // ERROR "cannot use 1e100 / 3 \(untyped float constant 3.33333e\+99\) as int value in variable declaration \(truncated\)"
var v int = 123456789.5               // ERROR "cannot use 123456789.5 \(untyped float constant 1.23457e\+08\) as int value in variable declaration \(truncated\)"
var w uint = 1e-5                     // ERROR "cannot use 1e-5 \(untyped float constant 1e-05\) as uint value in variable declaration \(truncated\)"
var y uint = -1e-500                  // ERROR "cannot use -1e-500 \(untyped float constant\) as uint value in variable declaration \(truncated\)"
var ok = float32(math.MaxFloat32 + 0x1p103 - 1) // rounds down to MaxFloat32: no error

func main() {
	_, _, _, _, _, _, _, _, _, _, _ = d, e, l, m, o, p, s, v, w, y, ok
}
