package main

import "fmt"

func main() {
	for i := 0; i < 4; i++ {
		switch i {
		case 0:
			fmt.Println("zero")
			fallthrough
		case 1:
			fmt.Println("zero or one")
		case 2:
			fmt.Println("two")
			fallthrough
		default:
			fmt.Println("default")
		}
	}
	switch {
	case true:
		fmt.Println("a")
		fallthrough
	case false:
		fmt.Println("b")
	}
}

// Output:
// zero
// zero or one
// zero or one
// two
// default
// default
// a
// b
