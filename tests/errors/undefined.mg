package main

func main() {
	x = 1 // ERROR "undefined: x"
}
