package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	a--
	fmt.Println(a)
	var b int8 = -128
	b = -b
	fmt.Println(b)
	var c int8 = 100
	c *= 3
	fmt.Println(c)
	var d int8 = -128
	fmt.Println(d / -1, d % -1)
	var s int8 = 1
	s <<= 7
	fmt.Println(s, s>>1, s>>7)
}

// Output:
// -128
// 127
// -128
// 44
// -128 0
// -128 -64 -1
