package main

import "fmt"

func main() {
	fmt.Println(1.5, .25, 1., 1e3, 1E-3, 6.02e23)
	fmt.Println(0x1p-2, 0x1.8p1, 0X.8p0)
	fmt.Println(1_000.000_5, 3.141_592)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32))
	fmt.Println(1e21, 1e20, 1e-4, 1e-5)
}

// Output:
// 1.5 0.25 1 1000 0.001 6.02e+23
// 0.25 3 0.5
// 1000.0005 3.141592
// 0.1 0.10000000149011612
// 1e+21 1e+20 0.0001 1e-05
