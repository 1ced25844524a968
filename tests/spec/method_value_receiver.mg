package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) Moved() Point {
	p.X++
	return p
}
func (p Point) String2() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	p := Point{1, 2}
	q := p.Add(Point{10, 20})
	fmt.Println(p, q)
	m := p.Moved()
	fmt.Println(p, m)
	pp := &p
	fmt.Println(pp.Add(p), pp.String2())
}

// Output:
// {1 2} {11 22}
// {1 2} {2 2}
// {2 4} (1,2)
