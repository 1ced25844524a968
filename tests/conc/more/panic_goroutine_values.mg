package main

import (
	"errors"
	"time"
)

// A panic with an error value in a goroutine prints the error text, after
// the deferred calls of that goroutine ran.
func main() {
	go func() {
		defer println("deferred in goroutine")
		panic(errors.New("worker failed"))
	}()
	time.Sleep(time.Second)
}

// Exit: 2
// Stderr: ^deferred in goroutine$
// Stderr: ^panic: worker failed$
// Stderr: ^goroutine [0-9]+ \[running\]:$
// Stderr: ^main\.main\.func1\(\)$
// Stderr: ^	.*panic_goroutine_values\.mg:13$
