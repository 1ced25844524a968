package main

func main() {
	x := 1
	x() // ERROR "cannot call non-function x \(variable of type int\)"
}
