package main

import "fmt"

func main() {
	s := make([]int, 3, 7)
	fmt.Println(len(s), cap(s))
	arr := [4]int{}
	fmt.Println(len(arr), cap(arr), len(&arr))
	p := new(int)
	*p = 3
	fmt.Println(*p)
	ps := new([]string)
	*ps = append(*ps, "x")
	fmt.Println(*ps, len(*ps))
	m := make(map[int]int, 100)
	fmt.Println(len(m))
	const c = len([3]int{})
	fmt.Println(c, len("héllo"))
	b := make([]byte, 2)
	fmt.Println(b)
}

// Output:
// 3 7
// 4 4 4
// 3
// [x] 1
// 0
// 3 6
// [0 0]
