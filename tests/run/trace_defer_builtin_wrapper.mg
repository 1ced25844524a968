// gc's wrapper of a deferred builtin is hidden in traces unless the builtin is panic: a
// deferred close of a nil channel fails in main.main (at its closing brace), while a
// deferred panic shows its wrapper, main.main.func2 (numbered after the literals).
package main

import "fmt"

func closeNil() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var ch chan int
	defer close(ch)
	fmt.Println("closing")
}

func main() {
	closeNil()
	defer panic(fmt.Sprint("boom ", 1))
	func() {}()
}

// Exit: 2
// Stderr: ^panic: boom 1$
// Stderr: ^goroutine [0-9]+ \[running\]:[[:space:]]+main\.main\.func2\(\)[[:space:]]+[^[:space:]]*trace_defer_builtin_wrapper\.mg:20[[:space:]]+main\.main\(\)[[:space:]]+[^[:space:]]*trace_defer_builtin_wrapper\.mg:22$
// Output:
// closing
// recovered: close of nil channel
