// go f(x) with a nil func value f: gc wraps the call in a closure (main.main.func2: after
// the literal func1), so the goroutine starts and panics there with the nil dereference;
// only go f() without arguments fails in the go statement itself.
package main

import "fmt"

func main() {
	var f func(string, int)
	done := make(chan bool)
	func() { fmt.Println("starting") }()
	go f("x", 1)
	<-done
}

// Exit: 2
// Stderr: ^panic: runtime error: invalid memory address or nil pointer dereference$
// Stderr: ^\[signal SIGSEGV: segmentation violation
// Stderr: ^goroutine [0-9]+ \[running\]:[[:space:]]+main\.main\.func2\(\)[[:space:]]+[^[:space:]]*go_nil_func_args\.mg:12[[:space:]]+created by main\.main[[:space:]]+[^[:space:]]*go_nil_func_args\.mg:12$
// Output:
// starting
