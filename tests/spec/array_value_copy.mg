package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	c := modify(a)
	fmt.Println(a, b, c)
	p := &a
	p[2] = 30
	fmt.Println(a, len(a), cap(a))
	var z [4]string
	fmt.Printf("%q\n", z)
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	g2 := grid
	g2[1][1] = 0
	fmt.Println(grid, g2)
}

// Output:
// [1 2 3] [1 20 3] [100 2 3]
// [1 2 30] 3 3
// ["" "" "" ""]
// [[1 2 3] [4 5 6]] [[1 2 3] [4 0 6]]
