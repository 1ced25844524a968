package main

func f(x any) int {
	switch x.(type) {
	case int:
		return 1
	case string:
		return 2
	}
} // ERROR "missing return"

func main() { f(1) }
