package main

import "fmt"

const third = 1.0 / 3
const a float64 = 0.1
const b float64 = 0.2

func main() {
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, third*3 == 1, -0.0)
	fmt.Println(a+b, 1e300*1e300/1e300, 1e-300*1e-300*1e300*1e300)
	var f float32 = 3.4028235e38
	var g float32 = 0.1
	fmt.Println(f, g, float64(g) == 0.1)
	const big = 1 << 100
	fmt.Println(big/(1<<98), float64(big), big*1.5/(1<<99))
	x := 7.0 / 2
	var i int = 1e9
	fmt.Println(x, i, int64(1e18), 5e-324, 1.7976931348623157e308)
}

// Output:
// 0.3 true true 0
// 0.30000000000000004 1e+300 1
// 3.4028235e+38 0.1 false
// 4 1.2676506002282294e+30 3
// 3.5 1000000000 1000000000000000000 5e-324 1.7976931348623157e+308
