package main

import "fmt"

var _ = fmt.Sprint("package blank")

func pair() (int, string) { return 1, "one" }

type _ struct{}

func main() {
	_, s := pair()
	n, _ := pair()
	fmt.Println(n, s)
	for _, c := range "ab" {
		fmt.Println(c)
	}
	var _ int = 5
	_ = n
	m := map[string]int{"a": 1}
	if _, ok := m["a"]; ok {
		fmt.Println("ok")
	}
}

// Output:
// 1 one
// 97
// 98
// ok
