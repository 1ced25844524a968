package main

import "fmt"

func t(name string) bool {
	fmt.Println("eval", name)
	return true
}

func f(name string) bool {
	fmt.Println("eval", name)
	return false
}

func main() {
	fmt.Println(f("a") && t("b"))
	fmt.Println(t("c") || f("d"))
	fmt.Println(!true, !false, true != false)
	x := 5
	ok := x > 3 && x < 10
	fmt.Println(ok)
	var b bool
	fmt.Println(b)
}

// Output:
// eval a
// false
// eval c
// true
// false true true
// true
// false
