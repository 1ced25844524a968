package main

import (
	"errors"
)

func main() {
	panic(errors.New("it broke"))
}

// Exit: 2
// Stderr: ^panic: it broke$
// Stderr: ^goroutine 1 \[running\]:$
// Output:
