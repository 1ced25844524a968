package main

import "fmt"

// Untyped constant arithmetic is exact: intermediate values may exceed float64.
const huge = 1e300 * 1e300 / 1e300
const tiny = 1e-300 * 1e-300 * 1e300 * 1e300
const big = 1 << 100

func main() {
	fmt.Println(huge, tiny)
	fmt.Println(big / (1 << 97))
	fmt.Println(float64(big))
}

// Output:
// 1e+300 1
// 8
// 1.2676506002282294e+30
