package main

type T struct{}

func main() {
	var e error
	_ = e.(T) // ERROR "impossible type assertion: e.\(T\)"
}
