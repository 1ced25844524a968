package main

import "fmt"

func main() {
	groups := map[string][]int{}
	for i := 0; i < 10; i++ {
		k := "odd"
		if i%2 == 0 {
			k = "even"
		}
		groups[k] = append(groups[k], i)
	}
	fmt.Println(groups["even"], groups["odd"])
	nested := map[string]map[string]int{}
	if nested["a"] == nil {
		nested["a"] = map[string]int{}
	}
	nested["a"]["b"]++
	nested["a"]["b"]++
	fmt.Println(nested)
	type pt struct{ x int }
	ptrs := map[string]*pt{"p": {1}}
	ptrs["p"].x = 42
	fmt.Println(ptrs["p"].x)
}

// Output:
// [0 2 4 6 8] [1 3 5 7 9]
// map[a:map[b:2]]
// 42
