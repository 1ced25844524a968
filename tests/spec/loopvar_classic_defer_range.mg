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
// deferred z
// deferred z
