package main

import "fmt"

func mapInts(s []int, f func(int) int) []int {
	out := make([]int, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}

func filter(s []int, keep func(int) bool) []int {
	var out []int
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	s := []int{1, 2, 3, 4, 5, 6}
	fmt.Println(mapInts(s, func(x int) int { return x * x }))
	fmt.Println(filter(s, func(x int) bool { return x%2 == 0 }))
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))
	func() { fmt.Println("iife") }()
	var nilF func()
	fmt.Println(nilF == nil)
}

// Output:
// [1 4 9 16 25 36]
// [2 4 6]
// 12 11
// iife
// true
