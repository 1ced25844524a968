package main

import "fmt"

func main() {
	x := 300
	fmt.Println(int8(x), uint8(x), int16(x))
	y := -1
	fmt.Println(uint8(y), uint16(y), uint32(y), uint64(y))
	var z int64 = 1<<40 + 5
	fmt.Println(int32(z), uint32(z), int8(z))
	var u uint32 = 4294967295
	fmt.Println(int32(u), int64(u), int(u))
	var s int8 = -5
	fmt.Println(uint8(s), uint64(s), int64(s))
	f := 3.99
	fmt.Println(int(f), int(-f), int64(2.5e9))
	fmt.Println(float64(7)/2, float32(1)/3)
}

// Output:
// 44 44 300
// 255 65535 4294967295 18446744073709551615
// 5 5 5
// -1 4294967295 4294967295
// 251 18446744073709551611 -5
// 3 -3 2500000000
// 3.5 0.33333334
