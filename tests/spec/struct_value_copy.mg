package main

import "fmt"

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
	Name     string
}

func move(p Point) Point {
	p.X += 10
	return p
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 5
	fmt.Println(p, q, move(p), p)
	r := Rect{Point{0, 0}, Point{3, 4}, "r"}
	r2 := r
	r2.Max.X = 30
	r2.Name = "r2"
	fmt.Println(r, r2)
	fmt.Printf("%v %+v\n", r, r2)
	rs := []Rect{r}
	rs[0].Min.Y = -1
	fmt.Println(rs[0].Min, r.Min)
}

// Output:
// {1 2} {5 2} {11 2} {1 2}
// {{0 0} {3 4} r} {{0 0} {30 4} r2}
// {{0 0} {3 4} r} {Min:{X:0 Y:0} Max:{X:30 Y:4} Name:r2}
// {0 -1} {0 0}
