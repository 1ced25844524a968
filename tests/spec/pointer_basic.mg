package main

import "fmt"

func inc(p *int) { *p++ }

func newInt(v int) *int { return &v }

func main() {
	x := 1
	p := &x
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	a := newInt(5)
	b := newInt(5)
	fmt.Println(*a == *b, a == b)
	var np *int
	fmt.Println(np == nil)
	pp := &p
	**pp = 100
	fmt.Println(x)
	arr := [3]int{1, 2, 3}
	ep := &arr[1]
	*ep = 20
	fmt.Println(arr)
	s := []int{1, 2}
	sp := &s[0]
	*sp = 9
	fmt.Println(s)
}

// Output:
// 3 3 true
// true false
// true
// 100
// [1 20 3]
// [9 2]
