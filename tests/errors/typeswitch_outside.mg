package main

func main() {
	var x any = 1
	_ = x.(type) // ERROR "use of .\(type\) outside type switch"
}
