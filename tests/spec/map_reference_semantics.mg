package main

import "fmt"

func add(m map[string]int, k string) {
	m[k]++
}

func main() {
	m := map[string]int{}
	add(m, "x")
	add(m, "x")
	alias := m
	alias["y"] = 5
	fmt.Println(m, len(alias))
	counts := map[rune]int{}
	for _, r := range "hello world" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['o'], counts['z'])
}

// Output:
// map[x:2 y:5] 2
// 3 2 0
