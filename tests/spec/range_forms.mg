package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	for i := range s {
		fmt.Print(i)
	}
	fmt.Println()
	for _, v := range s {
		fmt.Print(v)
	}
	fmt.Println()
	for range s {
		fmt.Print(".")
	}
	fmt.Println()
	// range evaluates the slice once
	t := []int{1, 2, 3}
	for i, v := range t {
		if i == 0 {
			t = append(t, 4)
		}
		fmt.Print(v)
	}
	fmt.Println(len(t))
	var i, v int
	for i, v = range []int{7, 8} {
	}
	fmt.Println(i, v)
}

// Output:
// 012
// abc
// ...
// 1234
// 1 8
