package main

import "fmt"

type Key struct {
	X, Y int
	Tag  string
}

func main() {
	m := map[Key]int{}
	m[Key{1, 2, "a"}] = 10
	m[Key{1, 2, "b"}] = 20
	m[Key{1, 2, "a"}]++
	fmt.Println(len(m), m[Key{1, 2, "a"}], m[Key{X: 1, Y: 2, Tag: "b"}])
	arr := map[[2]int]bool{{1, 2}: true}
	fmt.Println(arr[[2]int{1, 2}], arr[[2]int{2, 1}])
	type P struct{ p *int }
	x := 5
	pm := map[P]string{{&x}: "ptr"}
	fmt.Println(pm[P{&x}], pm[P{nil}] == "")
	fm := map[float64]string{1.5: "a", -0.0: "zero"}
	fmt.Println(fm[1.5], fm[0.0])
	bm := map[bool]int{true: 1}
	fmt.Println(bm[true], bm[false])
}

// Output:
// 2 11 20
// true false
// ptr true
// a zero
// 1 0
