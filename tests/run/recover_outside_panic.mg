package main

import (
	"fmt"
)

func main() {
	fmt.Println(recover())
	defer func() {
		fmt.Println("deferred, no panic:", recover())
	}()
}

// Output:
// <nil>
// deferred, no panic: <nil>
