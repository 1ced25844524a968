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
// 3
// 3
// 3
