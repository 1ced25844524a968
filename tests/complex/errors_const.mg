package main

// Complex constants that leave their type, in gc's words.

const c complex64 = 1e38 + 1i

var a = complex64(1e39) // ERROR "cannot convert 1e39 \(untyped float constant 1e\+39\) to type complex64"
var b = c * 10 // ERROR "c \* 10 \(constant \(1e\+39 \+ 10i\) of type complex64\) overflows complex64"
var n int
var d = complex128(n) // ERROR "cannot convert n \(variable of type int\) to type complex128"
var e complex64 = 1e39i // ERROR "cannot use 1e39i \(untyped complex constant \(0 \+ 1e\+39i\)\) as complex64 value in variable declaration \(overflows\)"
var f = real(c) * 100 // ERROR "real\(c\) \* 100 \(constant 1e\+40 of type float32\) overflows float32"

func main() { _, _, _, _, _ = a, b, d, e, f }
