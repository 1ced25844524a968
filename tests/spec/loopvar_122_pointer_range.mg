// Flags: -loopvar
// Go 1.22 semantics: expectation from go 1.19 running this program with each
// LOOPCOPY comment replaced by its code (a per-iteration copy at the top of the body).
// Taking the address of the range variable v.
package main

import "fmt"

func main() {
	var ptrs []*int
	for _, v := range []int{10, 20, 30} {
		// LOOPCOPY: v := v
		ptrs = append(ptrs, &v)
	}
	for _, p := range ptrs {
		fmt.Println(*p)
	}
	fmt.Println(ptrs[0] == ptrs[1])
}

// Output:
// 10
// 20
// 30
// false
