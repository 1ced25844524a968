package main

// A panic(42) in a goroutine while main is blocked on a channel.
func main() {
	c := make(chan int)
	go func() {
		panic(42)
	}()
	<-c
}

// Exit: 2
// Stderr: ^panic: 42$
// Stderr: ^goroutine [0-9]+ \[running\]:$
// Stderr: ^main\.main\.func1\(\)$
// Stderr: ^	.*panic_goroutine_int_main_blocked\.mg:7$
// Stderr: ^created by main\.main$
// Stderr: ^	.*panic_goroutine_int_main_blocked\.mg:6$
