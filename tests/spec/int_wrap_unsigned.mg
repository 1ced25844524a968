package main

import "fmt"

func main() {
	var a uint8 = 255
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c uint16 = 65535
	c += 10
	fmt.Println(c)
	var d uint32 = 0
	d--
	fmt.Println(d)
	var e uint64 = 0
	e--
	fmt.Println(e)
	var f uint = 1
	f = -f
	fmt.Println(f)
	var g uint8 = 200
	fmt.Println(g*2, g+g, g<<1, ^g)
	var h uint32 = 0x80000000
	fmt.Println(h<<1, h>>31, h*2)
}

// Output:
// 0
// 255
// 9
// 4294967295
// 18446744073709551615
// 18446744073709551615
// 144 144 144 55
// 0 1 0
