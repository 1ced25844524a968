package main

import "fmt"

func main() {
	defer fmt.Println("deferred 1")
	defer fmt.Println("deferred 2")
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop", i)
	}
	fmt.Println("body")
}

// Output:
// body
// loop 2
// loop 1
// loop 0
// deferred 2
// deferred 1
