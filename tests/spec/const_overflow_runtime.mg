package main

import "fmt"

func main() {
	const c = 200
	var b = byte(c)
	b += c
	fmt.Println(b)
	var i8 int8 = 127
	var one int8 = 1
	fmt.Println(i8+one, i8*2)
	var u16 uint16 = 1 << 15
	fmt.Println(u16*2, u16<<1, u16+u16-1)
	x := 1 << 62
	fmt.Println(x*4, x*2)
}

// Output:
// 144
// -128 -2
// 0 0 65535
// 0 -9223372036854775808
