// A snippet with a type and methods declared at top level.
type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

pts := []Point{{1, 2}, {3, 4}}
for _, p := range pts {
	fmt.Println(p)
}
sort.Slice(pts, func(i, j int) bool { return pts[i].X > pts[j].X })
fmt.Println(pts)

// Output:
// (1, 2)
// (3, 4)
// [(3, 4) (1, 2)]
