package main

// Typed constant arithmetic that leaves its type, in gc's words.

const c int = 10
const d int8 = 100

var a = c * 1e100 // ERROR "1e100 \(untyped float constant 1e\+100\) truncated to int"
var b = d * 2 // ERROR "d \* 2 \(constant 200 of type int8\) overflows int8"
var e = -d - 100 // ERROR "-d - 100 \(constant -200 of type int8\) overflows int8"
var f = int32(c) << 40 // ERROR "int32\(c\) << 40 \(constant 10995116277760 of type int32\) overflows int32"
var g = ^uint8(0) + 1 // ERROR "\^uint8\(0\) \+ 1 \(constant 256 of type uint8\) overflows uint8"
var h = c / 0.5e-100 // ERROR "0\.5e-100 \(untyped float constant 5e-101\) truncated to int"
var i float32 = 1e38 * 10 // ERROR "cannot use 1e38 \* 10 \(untyped float constant 1e\+39\) as float32 value in variable declaration \(overflows\)"
var j = float32(1e38) * 10 // ERROR "float32\(1e38\) \* 10 \(constant 1e\+39 of type float32\) overflows float32"
var k = uint(c) - 11 // ERROR "uint\(c\) - 11 \(constant -1 of type uint\) overflows uint"
var l = int64(1e19) // ERROR "cannot convert 1e19 \(untyped float constant 10000000000000000000\) to type int64"

func main() { _, _, _, _, _, _, _, _, _, _ = a, b, e, f, g, h, i, j, k, l }
