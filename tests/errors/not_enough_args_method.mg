package main

type T struct{}

func (T) M(a, b int) {}

func main() {
	var t T
	t.M(1) // ERROR "not enough arguments in call to t.M"
}
