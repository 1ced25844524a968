package main

func g() (int, int) { return 1, 2 }

func f() (int, int, int) {
	return g() // ERROR "not enough return values"
}

func main() { f() }
