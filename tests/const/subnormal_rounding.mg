package main

import "fmt"

func main() {
	fmt.Println(float32(1e-45), float32(0.71e-45), float32(0.7e-45), float64(4e-324), float64(2.5e-324), float64(2.4e-324))
	fmt.Println(float32(1.5e-45), float32(2.1e-45), float64(1e-310), float32(1.17549435e-38), 1e-320)
	const x = 0x1p-149 * 1.5
	const y = 0x1p-1074 * 2.5
	fmt.Println(float32(x), float64(y), float64(0x1p-1075), float64(0x1.0000000000001p-1075))
}

// Output:
// 1e-45 1e-45 0 5e-324 5e-324 0
// 1e-45 1e-45 1e-310 1.1754944e-38 1e-320
// 3e-45 1e-323 0 5e-324
