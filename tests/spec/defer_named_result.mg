package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func wrap() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %v", err)
		}
	}()
	return errors.New("inner")
}

func counter() (i int) {
	defer func() { i++ }()
	return 1
}

func main() {
	fmt.Println(double())
	fmt.Println(wrap())
	fmt.Println(counter())
}

// Output:
// 12
// wrapped: inner
// 2
