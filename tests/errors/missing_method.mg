package main

type I interface{ M() }

type T struct{}

func main() {
	var i I = T{} // ERROR "T does not implement I \(missing (method )?M( method)?\)"
	_ = i
}
