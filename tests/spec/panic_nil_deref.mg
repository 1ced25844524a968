package main

import "fmt"

type T struct{ v int }

func main() {
	var p *T
	fmt.Println("about to crash")
	fmt.Println(p.v)
}

// Exit: 2
// Stderr: ^panic: runtime error: invalid memory address or nil pointer dereference$
// Output:
// about to crash
