// Flags: -loopvar
// Go 1.22 semantics: expectation from go 1.19 running this program with each
// LOOPCOPY comment replaced by its code (a per-iteration copy at the top of the body).
// Closures capture the range variables k and v.
package main

import "fmt"

func main() {
	var fs []func() string
	for k, v := range []string{"a", "b", "c"} {
		// LOOPCOPY: k, v := k, v
		fs = append(fs, func() string { return fmt.Sprint(k, v) })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
}

// Output:
// 0a
// 1b
// 2c
