package main

import "fmt"

func main() {
	var s []int
	prevCap := -1
	for i := 0; i < 20; i++ {
		s = append(s, i)
		if cap(s) != prevCap {
			fmt.Println(len(s), cap(s))
			prevCap = cap(s)
		}
	}
	t := make([]int, 0, 5)
	t = append(t, 1, 2, 3)
	fmt.Println(len(t), cap(t), t)
	t = append(t, 4, 5, 6)
	fmt.Println(len(t), cap(t), t)
	u := append([]int(nil), t...)
	fmt.Println(u, len(u))
}

// Output:
// 1 1
// 2 2
// 3 4
// 5 8
// 9 16
// 17 32
// 3 5 [1 2 3]
// 6 10 [1 2 3 4 5 6]
// [1 2 3 4 5 6] 6
