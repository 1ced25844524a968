package main

import "fmt"

func main() {
	var s uint = 2
	a := []int{1, 2, 3, 4, 5}
	var x int = 1. << (1. << s)
	var y int64
	y = (1 << s) << (1. << s)
	m := make([]int, 1.<<s)
	var f float64 = 1 << 3
	fmt.Println(a[1.<<s], x, y, len(m), f, 1<<s+1, 2<<s == 8)
}

// Output:
// 5 16 64 4 8 5 true
