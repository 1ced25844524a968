package main

type I interface{ M() }

func main() {
	var i I
	_ = i.(int) // ERROR "impossible type assertion: i.\(int\)"
}
