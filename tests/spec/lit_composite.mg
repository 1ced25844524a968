package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	a := [3]int{1, 2, 3}
	b := [...]string{"x", "y"}
	c := [5]int{1: 10, 3: 30}
	s := []int{4, 5, 6}
	m := map[string]int{"one": 1, "two": 2}
	p := Point{1, 2}
	q := Point{Y: 7}
	ps := []Point{{1, 2}, {X: 3}}
	pp := []*Point{{5, 6}}
	nested := [][]int{{1}, {2, 3}, {}}
	fmt.Println(a, b, c, len(b), s, m, p, q, ps, *pp[0], nested)
	mp := map[Point]string{{1, 2}: "a"}
	fmt.Println(mp)
}

// Output:
// [1 2 3] [x y] [0 10 0 30 0] 2 [4 5 6] map[one:1 two:2] {1 2} {0 7} [{1 2} {3 0}] {5 6} [[1] [2 3] []]
// map[{1 2}:a]
