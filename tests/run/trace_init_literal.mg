// A literal in the second init function is main.init.1.func1; init functions are called by
// the runtime, not by main.init.
package main

import "fmt"

func init() {
	func() { fmt.Println("init 0") }()
}

func init() {
	func() {
		defer fmt.Print("")
		panic(fmt.Sprintf("init %d", 1))
	}()
}

func main() {
	fmt.Println("main")
}

// Exit: 2
// Stderr: ^panic: init 1$
// Stderr: ^goroutine [0-9]+ \[running\]:[[:space:]]+main\.init\.1\.func1\(\)[[:space:]]+[^[:space:]]*trace_init_literal\.mg:14[[:space:]]+main\.init\.1\(\)[[:space:]]+[^[:space:]]*trace_init_literal\.mg:15$
// Output:
// init 0
