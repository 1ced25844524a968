// Closures capture the 3-clause loop variable i.
package main

import "fmt"

func main() {
	var fs []func()
	for i := 0; i < 3; i++ {
		// LOOPCOPY: i := i
		fs = append(fs, func() { fmt.Println(i) })
	}
	for _, f := range fs {
		f()
	}
}

// Output:
// 3
// 3
// 3
