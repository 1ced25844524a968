package main

import (
	"fmt"
	"math"
)

const big = 1 << 100
const x = big >> 98
const huge = 1 << 500
const back = huge / (1 << 499)
const f = 1e100
const g = f >> 330
const h = 1e300 * 1e300 / 1e590
const third = 1.0 / 3
const one = third * 3
const tiny = 1e-400
const neg = -big
const mask = (big - 1) & ^(1 << 99)
const ratio = (big + 1) / 3.0

const (
	max32  = math.MaxFloat32
	ulp32  = max32 - 0x1.fffffcp127
	two128 = 1 << 128
)

func main() {
	fmt.Println(x, back, g, h, one == 1, tiny*1e400, neg>>99, mask>>98, -5>>1, ^-big>>99)
	fmt.Println(float32(max32-ulp32/2+1/two128), float32(max32-ulp32+ulp32/2))
	fmt.Println(float64(ratio), float32(third), big%7, -big%7, big/-7>>90)
	var u uint64 = 1<<64 - 1
	var i8 int8 = -1 << 7
	fmt.Println(u, i8, uint64(math.MaxUint64), math.MaxInt64)
	fmt.Println(math.Pi, float32(math.Pi), math.E*math.E, math.SmallestNonzeroFloat64, math.MaxFloat64)
	fmt.Println(0.1+0.2 == 0.3, 0.1+0.2, 1e23, 1e22, 123456789012345678901234567890.0/1e20)
	fmt.Println(len([big >> 95]int{}), complex(big>>99, 1e100/1e99))
}

// Output:
// 4 2 4 1e+10 true 1 -2 1 -3 1
// 3.4028233e+38 3.4028233e+38
// 4.2255020007607644e+29 0.33333334 2 -2 -147
// 18446744073709551615 -128 18446744073709551615 9223372036854775807
// 3.141592653589793 3.1415927 7.38905609893065 5e-324 1.7976931348623157e+308
// true 0.3 1e+23 1e+22 1.2345678901234567e+09
// 32 (2+10i)
