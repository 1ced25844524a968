package main

import "fmt"

func main() {
	var a int16 = 32767
	a += 2
	fmt.Println(a)
	var b int32 = 2147483647
	b++
	fmt.Println(b)
	var c int32 = 65536
	c *= c
	fmt.Println(c)
	var d int16 = 300
	d *= 300
	fmt.Println(d)
	var e int32 = -2147483648
	e--
	fmt.Println(e)
}

// Output:
// -32767
// -2147483648
// 0
// 24464
// 2147483647
