package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	v, ok := m["x"]
	fmt.Println(v, ok)
	delete(m, "x")
	for k := range m {
		fmt.Println(k)
	}
	fmt.Println(m)
	m = map[string]int{}
	m["y"] = 1
	fmt.Println(m)
}

// Output:
// true 0 0
// 0 false
// map[]
// map[y:1]
