package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("start")
	panic(errors.New("something bad"))
}

// Exit: 2
// Stderr: ^panic: something bad$
// Output:
// start
