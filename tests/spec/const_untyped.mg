package main

import "fmt"

const huge = 1 << 62
const third = 1.0 / 3

func main() {
	var i int32 = 7
	var f float32 = 2
	fmt.Println(i/2, f/4, 7/2, 7.0/2, 7/2.0)
	fmt.Println(huge*4/8 == 1<<61)
	fmt.Println(third * 3)
	var x float64 = 1 / 2
	var y float64 = 1.0 / 2
	fmt.Println(x, y)
	const c = 'a' + 1
	fmt.Println(c, string(rune(c)))
	fmt.Printf("%T %T\n", 'a'+1, 1+2.0)
}

// Output:
// 3 0.5 3 3.5 3.5
// true
// 1
// 0 0.5
// 98 b
// int32 float64
