package main

import (
	"fmt"
)

func main() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("defer", i)
	}
	fmt.Println("body")
}

// Output:
// body
// defer 3
// defer 2
// defer 1
// defer 0
