package main

import (
	"fmt"
)

func level(n int) {
	defer fmt.Println("unwind", n)
	if n == 0 {
		panic("deep")
	}
	level(n - 1)
}

func main() {
	defer func() { fmt.Println("caught:", recover()) }()
	level(3)
}

// Output:
// unwind 0
// unwind 1
// unwind 2
// unwind 3
// caught: deep
