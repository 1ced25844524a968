package main

import "fmt"

type A struct{ n int }
type B struct{ n int }

func main() {
	var x, y interface{}
	fmt.Println(x == y)
	x, y = 1, 1
	fmt.Println(x == y)
	y = int64(1)
	fmt.Println(x == y)
	x, y = A{1}, A{1}
	fmt.Println(x == y)
	y = B{1}
	fmt.Println(x == y)
	x, y = "s", "s"
	fmt.Println(x == y, x != nil)
	var e1, e2 error
	fmt.Println(e1 == e2)
	p := &A{2}
	x, y = p, p
	fmt.Println(x == y, x == interface{}(&A{2}))
}

// Output:
// true
// true
// false
// true
// false
// true true
// true
// true false
