// Function literals are named per enclosing function, as gc does: main.main.funcN for the
// literals of main.main, main.(*T).M.funcN in a method, and a literal inside a literal
// takes its parent's name plus ".N" (main.(*T).M.func1.1).
package main

import "fmt"

type T struct{}

func (t *T) M() {
	defer fmt.Print("")
	func() {
		defer fmt.Print("")
		func() {
			defer fmt.Print("")
			panic("deep")
		}()
	}()
}

func main() {
	func() {
		defer func() { recover() }()
	}()
	func() {
		defer fmt.Print("")
		(&T{}).M()
	}()
}

// Exit: 2
// Stderr: ^panic: deep$
// Stderr: ^goroutine [0-9]+ \[running\]:[[:space:]]+main\.\(\*T\)\.M\.func1\.1\(\)[[:space:]]+[^[:space:]]*trace_closure_names\.mg:16[[:space:]]+main\.\(\*T\)\.M\.func1\(\)[[:space:]]+[^[:space:]]*trace_closure_names\.mg:17[[:space:]]+main\.\(\*T\)\.M\([^)]*\)[[:space:]]+[^[:space:]]*trace_closure_names\.mg:18[[:space:]]+main\.main\.func2\(\)[[:space:]]+[^[:space:]]*trace_closure_names\.mg:27[[:space:]]+main\.main\(\)[[:space:]]+[^[:space:]]*trace_closure_names\.mg:28$
