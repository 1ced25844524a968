package main

import (
	"fmt"
	"math"
)

func main() {
	a, b := 7.5, 2.0
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(math.Sqrt(2), math.Floor(-2.5), math.Ceil(2.1), math.Abs(-3))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Pow(2, 10))
	fmt.Println(math.Inf(1), math.Inf(-1), math.IsNaN(math.NaN()))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32)
	fmt.Println(math.Pi)
	n := math.NaN()
	fmt.Println(n == n, n != n, n < 1, n > 1)
	fmt.Println(math.Trunc(-2.7), math.Round(2.5), math.Mod(7, 3))
}

// Output:
// 9.5 5.5 15 3.75
// 1.4142135623730951 -3 3 3
// 7 3 1024
// +Inf -Inf true
// 9223372036854775807 -9223372036854775808 4294967295
// 3.141592653589793
// false true false false
// -2 3 1
