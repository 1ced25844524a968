package main

import (
	"fmt"
)

func f() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func g() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("recovered ", r)
		}
	}()
	var p *int
	return fmt.Sprint(*p)
}

func main() {
	fmt.Println(f())
	fmt.Println(g())
}

// Output:
// 8
// recovered runtime error: invalid memory address or nil pointer dereference
