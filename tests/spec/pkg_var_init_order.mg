package main

import "fmt"

var a = b + 1
var b = f()
var c, d = g()
var total = sum(a, b, c, d)

func f() int {
	fmt.Println("init b")
	return 10
}

func g() (int, int) {
	fmt.Println("init c, d")
	return a * 2, 3
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	fmt.Println(a, b, c, d, total)
}

// Output:
// init b
// init c, d
// 11 10 22 3 46
