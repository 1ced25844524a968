package main

import "fmt"

func main() {
	s1 := []int{1, 2, 3, 4}
	s2 := append(s1[:1], 9)
	fmt.Println(s1, s2)
	a := make([]int, 3, 10)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(b, c, b[3] == c[3])
	full := []int{1, 2, 3}
	d := append(full, 4)
	d[0] = 100
	fmt.Println(full, d)
	sub := s1[1:3]
	sub[0] = 42
	fmt.Println(s1, sub, len(sub), cap(sub))
}

// Output:
// [1 9 3 4] [1 9]
// [0 0 0 2] [0 0 0 2] true
// [1 2 3] [100 2 3 4]
// [1 42 3 4] [42 3] 2 3
