package main

import "time"

func boom(n int) {
	panic("boom")
}

func main() {
	go func() {
		boom(3)
	}()
	time.Sleep(5 * time.Second)
	println("not reached")
}

// Exit: 2
// Stderr: ^panic: boom$
// Stderr: ^goroutine [0-9]+ \[running\]:$
// Stderr: ^main\.boom\(\.\.\.\)$
// Stderr: ^	.*go_panic_trace\.mg:6$
// Stderr: ^main\.main\.func1\(\)$
// Stderr: ^	.*go_panic_trace\.mg:11$
// Stderr: ^created by main\.main$
// Stderr: ^	.*go_panic_trace\.mg:10$
