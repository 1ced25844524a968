package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func count(xs ...interface{}) int { return len(xs) }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	fmt.Println(join("-", "a", "b", "c"), join(","))
	fmt.Println(count(1, "a", nil), count(), count(nil))
	args := []interface{}{1, 2}
	fmt.Println(count(args...), count(args))
	fmt.Println(append([]int{1}, s[1:]...))
}

// Output:
// 0 1 6
// 15
// a-b-c 
// 3 0 1
// 2 1
// [1 5 6]
