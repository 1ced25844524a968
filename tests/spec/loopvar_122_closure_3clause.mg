// Flags: -loopvar
// Go 1.22 semantics: expectation from go 1.19 running this program with each
// LOOPCOPY comment replaced by its code (a per-iteration copy at the top of the body).
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
// 0
// 1
// 2
