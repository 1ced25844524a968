package main

func main() {
	x := 1
	delete(x, 1) // ERROR "x \(variable of type int\) is not a map"
}
