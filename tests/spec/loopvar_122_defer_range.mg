// Flags: -loopvar
// Go 1.22 semantics: expectation from go 1.19 running this program with each
// LOOPCOPY comment replaced by its code (a per-iteration copy at the top of the body).
// Deferred closures capture the range variable name.
package main

import "fmt"

func run() {
	for _, name := range []string{"x", "y", "z"} {
		// LOOPCOPY: name := name
		defer func() { fmt.Println("deferred", name) }()
	}
	fmt.Println("run body done")
}

func main() {
	run()
}

// Output:
// run body done
// deferred z
// deferred y
// deferred x
