package main

import (
	"fmt"
)

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func() { fmt.Println("closure x =", x) }()
	x = 3
}

// Output:
// closure x = 3
// deferred x = 1
