// A deferred call of a nil func panics when the defers run, after the body, with
// the signal line of a nil dereference, traced at the closing brace (where the
// deferred calls run); earlier-deferred calls still run.
package main

import "fmt"

func main() {
	var f func()
	defer fmt.Println("deferred print runs")
	defer f()
	fmt.Println("body")
}

// Exit: 2
// Stderr: ^panic: runtime error: invalid memory address or nil pointer dereference$
// Stderr: ^\[signal SIGSEGV
// Stderr: ^main\.main\(\)$
// Stderr: rt_nil_defer_func\.mg:13$
// Output:
// body
// deferred print runs
