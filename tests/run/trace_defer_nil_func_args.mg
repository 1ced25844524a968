// defer f(x) with a nil f: gc wraps the call in a closure, numbered after the function's
// literals and earlier wrappers (main.run.func3: the literal, then the wrapper of the first
// defer), so the deferred call is made, at the closing brace, and panics in that closure.
package main

import "fmt"

func run() {
	var f func(int) int
	defer fmt.Println("first deferred")
	defer f(1)
	func() {}()
	fmt.Println("body")
}

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		var g func(string)
		defer g("x")
	}()
	run()
}

// Exit: 2
// Stderr: ^panic: runtime error: invalid memory address or nil pointer dereference \[recovered\]$
// Stderr: ^	panic: runtime error: invalid memory address or nil pointer dereference$
// Stderr: ^\[signal SIGSEGV: segmentation violation
// Stderr: ^goroutine [0-9]+ \[running\]:[[:space:]]+main\.main\.func1\.1\(\)[[:space:]]+[^[:space:]]*trace_defer_nil_func_args\.mg:20[[:space:]]+main\.main\.func1\(\)[[:space:]]+[^[:space:]]*trace_defer_nil_func_args\.mg:21[[:space:]]+panic\(\{\.\.\.\}\)[[:space:]]+[^[:space:]]*panic\.go:[0-9]+[[:space:]]+main\.run\.func3\(\)[[:space:]]+[^[:space:]]*trace_defer_nil_func_args\.mg:11[[:space:]]+main\.run\(\)[[:space:]]+[^[:space:]]*trace_defer_nil_func_args\.mg:14[[:space:]]+main\.main\(\)[[:space:]]+[^[:space:]]*trace_defer_nil_func_args\.mg:22$
// Output:
// body
// first deferred
// recovered: runtime error: invalid memory address or nil pointer dereference
