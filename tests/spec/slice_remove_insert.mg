package main

import "fmt"

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	s = remove(s, 1)
	fmt.Println(s)
	s = insert(s, 2, 99)
	fmt.Println(s)
	rev := []string{"a", "b", "c", "d"}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	fmt.Println(rev)
}

// Output:
// [1 3 4 5]
// [1 3 99 4 5]
// [d c b a]
