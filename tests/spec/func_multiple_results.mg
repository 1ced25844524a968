package main

import (
	"fmt"
	"strconv"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func named(x int) (sq, cube int) {
	sq = x * x
	cube = sq * x
	return
}

func swap(a, b string) (string, string) { return b, a }

func parse(s string) (int, error) { return strconv.Atoi(s) }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(9, 2))
	fmt.Println(named(3))
	a, b := swap("x", "y")
	fmt.Println(a, b)
	_, r2 := divmod(7, 3)
	fmt.Println(r2)
	if n, err := parse("42"); err == nil {
		fmt.Println(n + 1)
	}
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
}

// Output:
// 3 2
// 4 1
// 9 27
// y x
// 1
// 43
// 2 3
