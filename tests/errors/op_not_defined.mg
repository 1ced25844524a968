package main

func main() {
	b := true
	_ = b + b // ERROR "operator \+ not defined on b \(variable of type bool\)"
}
