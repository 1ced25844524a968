package main

import "fmt"

func v(name string, n int) int {
	fmt.Println("eval", name)
	return n
}

func main() {
	a := []int{0, 0, 0}
	a[v("index", 1)] = v("value", 5)
	fmt.Println(a)
	fmt.Println(v("x", 1) + v("y", 2)*v("z", 3))
	m := map[int]int{}
	m[v("k", 1)] += v("inc", 2)
	fmt.Println(m)
	i := 0
	i, a[i] = 1, 9
	fmt.Println(i, a)
	x, y := v("p", 1), v("q", 2)
	fmt.Println(x, y)
}

// Output:
// eval index
// eval value
// [0 5 0]
// eval x
// eval y
// eval z
// 7
// eval k
// eval inc
// map[1:2]
// 1 [9 5 0]
// eval p
// eval q
// 1 2
