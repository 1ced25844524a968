package main

import (
	"fmt"
	"time"
)

func get(s []int, i int) int {
	return s[i]
}

// A runtime error in a goroutine kills the whole program with its trace.
func main() {
	fmt.Println("start")
	go func() {
		s := []int{1, 2, 3}
		fmt.Println(get(s, 5))
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}

// Exit: 2
// Output:
// start
// Stderr: ^panic: runtime error: index out of range \[5\] with length 3$
// Stderr: ^goroutine [0-9]+ \[running\]:$
// Stderr: ^main\.get\(.*\)$
// Stderr: ^	.*panic_goroutine_runtime_error\.mg:9$
// Stderr: ^main\.main\.func1\(\)$
// Stderr: ^	.*panic_goroutine_runtime_error\.mg:17$
// Stderr: ^created by main\.main$
// Stderr: ^	.*panic_goroutine_runtime_error\.mg:15$
