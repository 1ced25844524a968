package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	words := byLen{"banana", "kiwi", "fig", "cherry"}
	sort.Stable(words)
	fmt.Println(words)
	n := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(n)
	s := []int{3, 1, 2}
	sort.SliceStable(s, func(i, j int) bool { return s[i] > s[j] })
	fmt.Println(s)
}

// Output:
// [fig kiwi banana cherry]
// 8
// [3 2 1]
