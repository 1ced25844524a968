package main

import (
	"fmt"
)

func safe() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	panic("oops")
}

func main() {
	fmt.Println(safe())
	fmt.Println("after")
}

// Output:
// recovered: oops
// after
