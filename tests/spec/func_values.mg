package main

import "fmt"

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }

type binop func(int, int) int

func main() {
	ops := map[string]binop{"+": add, "-": sub}
	fmt.Println(ops["+"](3, 4), ops["-"](3, 4))
	var f func(int, int) int = add
	fmt.Println(f(1, 1))
	table := []struct {
		name string
		fn   binop
	}{{"add", add}, {"mul", func(a, b int) int { return a * b }}}
	for _, t := range table {
		fmt.Println(t.name, t.fn(6, 7))
	}
}

// Output:
// 7 -1
// 2
// add 13
// mul 42
