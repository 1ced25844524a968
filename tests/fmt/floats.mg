package main

import (
	"fmt"
	"math"
)

func main() {
	x, zero := 0.1, 0.0
	fmt.Println(1e20, 1e21, 1e-5, 0.0001, 3.14, 100000.0, 1e6, 123456789.0, x+0.2)
	fmt.Println(float32(0.1), float32(1.0)/3, 1.0/3, math.Pi, math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), -zero, 2.0)
	fmt.Printf("%f|%.2f|%8.3f|%-8.3f|%08.3f|%+.1f\n", math.Pi, math.Pi, math.Pi, math.Pi, -math.Pi, 2.0)
	fmt.Printf("%e|%E|%.3e|%12.4E\n", 123456.789, 0.000123, 1.0, -99.5)
	fmt.Printf("%g|%G|%.3g|%.10g|%g|%g\n", 1e-7, 2.5e30, 1234.5678, math.Pi, 100000.0, 1e6)
	fmt.Printf("%v|%6.2v|%#g|%#.3g|% .2f|%+g\n", 0.5, 2.0/3, 1.0, 2.0, 1.5, 3.0)
	fmt.Printf("%5.1f|%-6v|%06v|%f|%v\n", math.Inf(1), math.NaN(), math.Inf(-1), math.NaN(), float32(16777216.0))
	var f32 float32 = 3.4e38
	fmt.Println(f32, float32(1e-45), float64(float32(0.1)))
	fmt.Printf("%.0f %.0f %.0f %.1f\n", 0.5, 1.5, 2.5, 0.05)
}

// Output:
// 1e+20 1e+21 1e-05 0.0001 3.14 100000 1e+06 1.23456789e+08 0.30000000000000004
// 0.1 0.33333334 0.3333333333333333 3.141592653589793 1.7976931348623157e+308 5e-324
// +Inf -Inf NaN -0 2
// 3.141593|3.14|   3.142|3.142   |-003.142|+2.0
// 1.234568e+05|1.230000E-04|1.000e+00| -9.9500E+01
// 1e-07|2.5E+30|1.23e+03|3.141592654|100000|1e+06
// 0.5|  0.67|1.00000|2.00| 1.50|+3
//  +Inf|NaN   |  -Inf|NaN|1.6777216e+07
// 3.4e+38 1e-45 0.10000000149011612
// 0 2 2 0.1
