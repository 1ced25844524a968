// Flags: -loopvar
// Go 1.22 semantics: expectation from go 1.19 running this program with each
// LOOPCOPY comment replaced by its code (a per-iteration copy at the top of the body).
// Taking the address of the 3-clause loop variable i (the body never assigns i).
package main

import "fmt"

func main() {
	var ptrs []*int
	for i := 0; i < 3; i++ {
		// LOOPCOPY: i := i
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Println(*p)
	}
}

// Output:
// 0
// 1
// 2
