package main

func main() {
	x := 1
	_ = len(x) // ERROR "invalid argument: x \(variable of type int\) for len"
}
