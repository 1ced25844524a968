// A method value of a nil interface panics where it is evaluated (go i.M() and defer
// i.M() too), not when it is called.
package main

import "fmt"

type I interface{ M(int) }

func main() {
	var i I
	defer func() { fmt.Println("recovered:", recover()) }()
	defer fmt.Println("deferred")
	f := i.M
	fmt.Println("unreachable", f != nil)
}

// Output:
// deferred
// recovered: runtime error: invalid memory address or nil pointer dereference
