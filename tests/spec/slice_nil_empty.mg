package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Println(len(a), cap(a), len(b))
	fmt.Println(a, b)
	fmt.Printf("%v %v %d\n", a, b, len(c))
	a = append(a, 1)
	fmt.Println(a, a == nil)
	for range []int(nil) {
		fmt.Println("never")
	}
	var m [][]string
	fmt.Println(len(m), m == nil)
	fmt.Println(a[0:0] == nil, a[:0])
}

// Output:
// true false false
// 0 0 0
// [] []
// [] [] 0
// [1] false
// 0 true
// false []
