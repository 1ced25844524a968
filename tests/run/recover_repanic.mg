package main

import (
	"fmt"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(r)
	}()
	panic(fmt.Errorf("err %d", 1))
}

// Exit: 2
// Stderr: ^panic: err 1 \[recovered\]$
// Stderr: ^[[:space:]]panic: err 1$
// Stderr: ^goroutine 1 \[running\]:$
// Output:
// recovered err 1
