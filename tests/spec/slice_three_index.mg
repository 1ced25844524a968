package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	t := s[2:4:5]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100)
	fmt.Println(s)
	t = append(t, 200)
	fmt.Println(s, t)
	arr := [6]int{1, 2, 3, 4, 5, 6}
	u := arr[1:3:3]
	u = append(u, 9)
	fmt.Println(arr, u)
	v := s[:0:0]
	fmt.Println(len(v), cap(v))
}

// Output:
// [2 3] 2 3
// [0 1 2 3 100 5 6 7]
// [0 1 2 3 100 5 6 7] [2 3 100 200]
// [1 2 3 4 5 6] [2 3 9]
// 0 0
