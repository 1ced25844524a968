package main

import "fmt"

func zero(xs ...int) {
	for i := range xs {
		xs[i] = 0
	}
}

func main() {
	s := []int{1, 2, 3}
	zero(s...)
	fmt.Println(s)
	t := []int{4, 5}
	zero(t[0], t[1])
	fmt.Println(t)
}

// Output:
// [0 0 0]
// [4 5]
