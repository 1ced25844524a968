package main

import "fmt"

func gen(start, step int) (next func() int, reset func()) {
	cur := start
	next = func() int {
		v := cur
		cur += step
		return v
	}
	reset = func() { cur = start }
	return
}

func main() {
	next, reset := gen(10, 5)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	adders := map[string]func(int) int{}
	for _, n := range []int{1, 10} {
		n := n
		adders[fmt.Sprint("add", n)] = func(x int) int { return x + n }
	}
	fmt.Println(adders["add1"](5), adders["add10"](5))
}

// Output:
// 10 15 20
// 10
// 6 15
