package main

func main() {
	a := []int{}
	b := []string{}
	copy(a, b) // ERROR "arguments to copy a \(variable of type \[\]int\) and b \(variable of type \[\]string\) have different element types int and string"
}
