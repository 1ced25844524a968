package main

func f(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func main() { f(1) }
