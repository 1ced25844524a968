package main

import "fmt"

type T struct {
	a, b int
	c    string
	d    []int
	e    map[string]int
	f    *int
	g    struct{ x, y float64 }
}

func main() {
	var t T
	fmt.Println(t.a, t.b, t.c == "", t.d == nil, t.e == nil, t.f == nil, t.g.x)
	t.g.y = 2.5
	t.d = append(t.d, 1)
	fmt.Printf("%+v\n", t.g)
	fmt.Println(len(t.d))
}

// Output:
// 0 0 true true true true 0
// {x:0 y:2.5}
// 1
