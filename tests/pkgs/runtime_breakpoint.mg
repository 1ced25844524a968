// runtime.Breakpoint with no debugger attached: Go's SIGTRAP report (its signal handler
// throws), the goroutine's trace, exit status 2; deferred calls do not run.
package main

import "runtime"

func trap() {
	runtime.Breakpoint()
}

func main() {
	defer println("deferred")
	println("before")
	trap()
	println("after")
}

// Exit: 2
// Stderr: ^before$
// Stderr: ^SIGTRAP: trace trap$
// Stderr: ^PC=0x[0-9a-f]+ m=0 sigcode=128$
// Stderr: ^goroutine 1 \[running\]:$
// Stderr: ^main\.trap\(\)$
// Stderr: ^main\.main\(\)$
// Stdout: ^$
