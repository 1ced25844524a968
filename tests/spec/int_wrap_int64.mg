package main

import "fmt"

func main() {
	var a int64 = 9223372036854775807
	a++
	fmt.Println(a)
	var b int = -9223372036854775808
	b--
	fmt.Println(b)
	var c int64 = 3037000500
	c *= c
	fmt.Println(c)
	x := int64(-9223372036854775808)
	fmt.Println(x/-1, -x)
}

// Output:
// -9223372036854775808
// 9223372036854775807
// -9223372036709301616
// -9223372036854775808 -9223372036854775808
