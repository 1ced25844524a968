package main

func f() (int, error) {
	return 1 // ERROR "not enough return values"
}

func main() { f() }
