// Literals in package-level variable initialisers are main.glob..funcN (numbered in source
// order, not in initialisation order), called from main.init.
package main

import "fmt"

var a = b + func() int { return 1 }()

var b = func() int { return 2 }()

var c = func() int {
	defer fmt.Print("")
	var xs []int
	return xs[a+b]
}()

func main() {
	fmt.Println(a, b, c)
}

// Exit: 2
// Stderr: ^panic: runtime error: index out of range \[5\] with length 0$
// Stderr: ^goroutine [0-9]+ \[running\]:[[:space:]]+main\.glob\.\.func3\(\)[[:space:]]+[^[:space:]]*trace_glob_literal\.mg:14[[:space:]]+main\.init\(\)[[:space:]]+[^[:space:]]*trace_glob_literal\.mg:15$
