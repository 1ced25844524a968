package main

func main() {
	var a, b []int
	_ = a == b // ERROR "slice can only be compared to nil"
}
