package main

import "fmt"

func pair() (func(), func() int) {
	v := 0
	return func() { v += 2 }, func() int { return v }
}

func main() {
	inc, get := pair()
	inc()
	inc()
	fmt.Println(get())
	funcs := make([]func() int, 0)
	for _, k := range []int{1, 2, 3} {
		k2 := k
		funcs = append(funcs, func() int { return k2 * k2 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var rec func(int) int
	rec = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * rec(n-1)
	}
	fmt.Println(rec(10))
}

// Output:
// 4
// 1 4 9 
// 3628800
