package main

type T struct { // ERROR "invalid recursive type"
	t T
}

func main() {}
