package main

func main() {
	var f float64 = 1
	var g float32 = 2
	var z complex128 = 1i
	var n int = 3
	var x float64 = 1 + 2i // ERROR "cannot use 1 \+ 2i \(untyped complex constant \(1 \+ 2i\)\) as float64 value in variable declaration \(overflows\)"
	_ = real(f)            // ERROR "invalid argument: argument has type float64, expected complex type"
	_ = complex(f, g)      // ERROR "invalid operation: complex\(f, g\) \(mismatched types float64 and float32\)"
	_ = complex(1, 2) < 3  // ERROR "invalid operation: complex\(1, 2\) < 3 \(operator < not defined on untyped complex\)"
	_ = z < z              // ERROR "invalid operation: z < z \(operator < not defined on complex128\)"
	_ = complex128(f)      // ERROR "cannot convert f \(variable of type float64\) to type complex128"
	_ = float64(z)         // ERROR "cannot convert z \(variable of type complex128\) to type float64"
	_ = z % z              // ERROR "invalid operation: operator % not defined on z \(variable of type complex128\)"
	var i int = 1i         // ERROR "cannot use 1i \(untyped complex constant \(0 \+ 1i\)\) as int value in variable declaration \(truncated\)"
	_ = complex(1, n)      // ERROR "invalid argument: arguments have type int, expected floating-point"
	_, _ = x, i
}
