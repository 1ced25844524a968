package main

import (
	"errors"
	"fmt"
)

type S struct{}

func (S) String() string { return "stringer!" }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(fmt.Sprint("re: ", r))
	}()
	defer func() {
		panic(errors.New("second"))
	}()
	panic(S{})
}

// Exit: 2
// Stderr: ^panic: stringer!$
// Stderr: ^[[:space:]]panic: second \[recovered\]$
// Stderr: ^[[:space:]]panic: re: second$
// Output:
// recovered second
