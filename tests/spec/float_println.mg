package main

import "fmt"

func main() {
	fmt.Println(1.0, 2.5, -0.0, 100.0, 1e6, 1e20, 1e21, 123456789.0)
	fmt.Println(0.1+0.2, 1.0/3.0, 2.0/3.0)
	fmt.Println(0.0001, 0.00001, 1e-7)
	var f32 float32 = 1.0 / 3.0
	fmt.Println(f32, float32(0.1)+float32(0.2))
	fmt.Println(3.0, 3.5e-10, -1.25e+30)
	z := 0.0
	fmt.Println(1/z, -1/z, z/z)
}

// Output:
// 1 2.5 0 100 1e+06 1e+20 1e+21 1.23456789e+08
// 0.3 0.3333333333333333 0.6666666666666666
// 0.0001 1e-05 1e-07
// 0.33333334 0.3
// 3 3.5e-10 -1.25e+30
// +Inf -Inf NaN
