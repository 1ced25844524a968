// A recovered panic of a named int type, then a re-panic in a goroutine: "[recovered]" chain.
package main

import (
	"fmt"
	"time"
)

type Code int

type wrapped struct{ msg string }

func (w *wrapped) Error() string { return "wrapped: " + w.msg }

func repanic() {
	defer rethrow()
	panic(&wrapped{"disk"})
}

func rethrow() {
	r := recover()
	panic(fmt.Sprintf("re-panic: %v", r))
}

func main() {
	done := make(chan bool)
	go func() {
		defer func() {
			r := recover()
			fmt.Println("first recovered:", r)
			done <- true
		}()
		panic(Code(7))
	}()
	<-done
	go repanic()
	time.Sleep(time.Second)
	fmt.Println("unreachable")
}

// Output:
// first recovered: 7
// Exit: 2
// Stderr: ^panic: wrapped: disk \[recovered\]$
// Stderr: ^	panic: re-panic: wrapped: disk$
// Stderr: ^goroutine [0-9]+ \[running\]:$
// Stderr: ^main\.rethrow\(.*\)$
// Stderr: ^	.*panic_goroutine_custom_types\.mg:22$
// Stderr: ^main\.repanic\(.*\)$
// Stderr: ^	.*panic_goroutine_custom_types\.mg:17$
// Stderr: ^created by main\.main( in goroutine [0-9]+)?$
// Stderr: ^	.*panic_goroutine_custom_types\.mg:36$
