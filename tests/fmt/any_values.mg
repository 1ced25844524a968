package main

import "fmt"

type Point struct{ X, Y int }

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func main() {
	vals := []any{1, "two", 3.0, true, nil, Point{1, 2}, []int{5}, map[string]int{"k": 6}}
	fmt.Println(vals)
	fmt.Printf("%v\n", vals)
	fmt.Printf("%#v\n", vals[:6])
	for _, v := range vals[:4] {
		fmt.Printf("%T=%v ", v, v)
	}
	fmt.Println()
	var sh Shape = Rect{2, 3}
	fmt.Println(sh, sh.Area())
	fmt.Printf("%v %+v %T\n", sh, sh, sh)
	shapes := []Shape{Rect{1, 1}, nil}
	fmt.Println(shapes)
	m := map[string]any{"a": 1, "b": []string{"x"}, "c": nil}
	fmt.Println(m)
	var x any = 42
	var y any = x
	fmt.Println(x, y)
	fmt.Println([]any{[]any{1, []any{2}}})
}

// Output:
// [1 two 3 true <nil> {1 2} [5] map[k:6]]
// [1 two 3 true <nil> {1 2} [5] map[k:6]]
// []interface {}{1, "two", 3, true, interface {}(nil), main.Point{X:1, Y:2}}
// int=1 string=two float64=3 bool=true 
// {2 3} 6
// {2 3} {W:2 H:3} main.Rect
// [{1 1} <nil>]
// map[a:1 b:[x] c:<nil>]
// 42 42
// [[1 [2]]]
