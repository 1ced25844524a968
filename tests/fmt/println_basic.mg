package main

import "fmt"

func main() {
	var i8 int8 = -128
	var i16 int16 = 32767
	var i32 int32 = -2147483648
	var i64 int64 = 9223372036854775807
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 18446744073709551615
	var u uint = 42
	var up uintptr = 7
	fmt.Println(i8, i16, i32, i64)
	fmt.Println(u8, u16, u32, u64, u, up)
	fmt.Println(true, false, "str", 'a', byte('b'))
	fmt.Println(3.5, float32(2.25), -0.125)
	fmt.Println()
	fmt.Println("a", "b")
	var r rune = 'é'
	fmt.Println(r, string(r))
	fmt.Print("x", 1, 2, "y", "\n")
	fmt.Print(1, 2, 3, "\n")
}

// Output:
// -128 32767 -2147483648 9223372036854775807
// 255 65535 4294967295 18446744073709551615 42 7
// true false str 97 98
// 3.5 2.25 -0.125
//
// a b
// 233 é
// x1 2y
// 1 2 3
