package main

func main() {
	x := 1
	_ = !x // ERROR "invalid operation: operator ! not defined on x \(variable of type int\)"
}
