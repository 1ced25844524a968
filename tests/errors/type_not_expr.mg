package main

func main() {
	int = 3 // ERROR "int \(type\) is not an expression"
}
