package main

import "fmt"

type Pair struct {
	A int
	B string
}

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a == c, a != c)
	p := [2]Pair{{1, "x"}, {2, "y"}}
	q := [2]Pair{{1, "x"}, {2, "y"}}
	fmt.Println(p == q)
	q[1].B = "z"
	fmt.Println(p == q)
	var e1, e2 [0]int
	fmt.Println(e1 == e2)
}

// Output:
// true false true
// true
// false
// true
