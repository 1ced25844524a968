// Branching on an element of a []bool (JSB1/JNSB1: the element read and the branch in
// one instruction): both senses, inside && and ||, a named bool type, and the bounds
// check's panic.
package main

import "fmt"

type flag bool

func try(s []bool, i int) (r string) {
	defer func() {
		if e := recover(); e != nil {
			r = fmt.Sprint(e)
		}
	}()
	if s[i] {
		return "set"
	}
	return "clear"
}

func main() {
	seen := make([]bool, 10)
	var first []int
	for _, v := range []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3} {
		if !seen[v] {
			seen[v] = true
			first = append(first, v)
		}
	}
	fmt.Println(first)
	n := 0
	for i := 0; i < len(seen); i++ {
		if seen[i] && i%2 == 0 {
			n += 10
		}
		if i > 7 || seen[i] {
			n++
		}
		if !(seen[i] || i == 0) {
			n += 100
		}
	}
	fmt.Println(n)
	fs := []flag{true, false}
	if fs[0] && !fs[1] {
		fmt.Println("flags")
	}
	fmt.Println(try(seen, 3), try(seen, 0), try(seen, 10), try(seen, -1), try(nil, 0))
}

// Output:
// [3 1 4 5 9 2 6]
// 238
// flags
// set clear runtime error: index out of range [10] with length 10 runtime error: index out of range [-1] runtime error: index out of range [0] with length 0
