package main

import "fmt"

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func() { fmt.Println("closure x =", x) }()
	x = 3
	defer un(trace("main"))
	fmt.Println("body x =", x)
}

// Output:
// enter main
// body x = 3
// leave main
// closure x = 3
// deferred x = 1
