package main

import "fmt"

var x = "package"

func show() { fmt.Println(x) }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
		x = "block2"
		fmt.Println(x)
	}
	fmt.Println(x)
	show()
	for x := 0; x < 2; x++ {
		fmt.Println("loop", x)
	}
	if x := 5; x > 0 {
		fmt.Println("if", x)
	}
	err := fmt.Errorf("outer")
	if true {
		err := fmt.Errorf("inner")
		_ = err
	}
	fmt.Println(err)
	len := 3
	fmt.Println(len)
}

// Output:
// package
// main
// block
// block2
// main
// package
// loop 0
// loop 1
// if 5
// outer
// 3
