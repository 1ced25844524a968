package main

func g() (int, int, int) { return 1, 2, 3 }

func main() {
	a, b := g() // ERROR "assignment mismatch: 2 variables but g(\(\))? returns 3 values"
	_, _ = a, b
}
