// An unrecovered runtime error in a goroutine runs every deferred call first, innermost first.
package main

import (
	"fmt"
	"os"
	"time"
)

func cleanup(name string) {
	fmt.Fprintln(os.Stderr, "cleanup", name)
}

func level2() {
	defer cleanup("level2")
	var m map[string]int
	m["boom"]++
}

func level1() {
	defer cleanup("level1")
	level2()
}

func main() {
	go func() {
		defer cleanup("goroutine")
		level1()
	}()
	time.Sleep(time.Second)
}

// Exit: 2
// Stderr: ^cleanup level2$
// Stderr: ^cleanup level1$
// Stderr: ^cleanup goroutine$
// Stderr: ^panic: assignment to entry in nil map$
// Stderr: ^goroutine [0-9]+ \[running\]:$
// Stderr: ^main\.level2\(.*\)$
// Stderr: ^	.*panic_goroutine_nested_defers\.mg:17$
// Stderr: ^main\.level1\(.*\)$
// Stderr: ^	.*panic_goroutine_nested_defers\.mg:22$
// Stderr: ^main\.main\.func1\(.*\)$
// Stderr: ^	.*panic_goroutine_nested_defers\.mg:28$
// Stderr: ^created by main\.main( in goroutine [0-9]+)?$
// Stderr: ^	.*panic_goroutine_nested_defers\.mg:26$
