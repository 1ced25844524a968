package main

import "fmt"

func main() {
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	s := []int{1, 2, 3}
	s[0], s[2] = s[2], s[0]
	fmt.Println(s)
	i := 0
	i, s[i] = 2, 100
	fmt.Println(i, s)
	type P struct{ X, Y int }
	p := P{1, 2}
	p.X, p.Y = p.Y, p.X
	fmt.Println(p)
	x, y := 1, 2
	x, y = x+y, x-y
	fmt.Println(x, y)
}

// Output:
// 3 1 2
// [3 2 1]
// 2 [100 2 1]
// {2 1}
// 3 -1
