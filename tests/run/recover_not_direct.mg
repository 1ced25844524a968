package main

import (
	"fmt"
)

func helper() interface{} { return recover() }

func main() {
	defer func() {
		fmt.Println("direct:", recover())
	}()
	defer func() {
		fmt.Println("helper:", helper())
	}()
	panic("p")
}

// Output:
// helper: <nil>
// direct: p
