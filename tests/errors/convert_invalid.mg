package main

func main() {
	var s []int
	_ = string(s) // ERROR "cannot convert s \(variable of type \[\]int\) to type string"
}
