package main

func main() {
	_ = make([]int, -1) // ERROR "index -1 \(constant of type int\) must not be negative"
}
