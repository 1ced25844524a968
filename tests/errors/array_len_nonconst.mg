package main

func main() {
	n := 3
	var a [n]int // ERROR "(invalid array length n|array length n \(variable of type int\) must be constant)"
	_ = a
}
