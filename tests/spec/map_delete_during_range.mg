package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := 0; i < 100; i++ {
		m[i] = true
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
}

// Output:
// 50
// 0 map[]
