package main

type T struct{ s []int }

func main() {
	a, b := T{}, T{}
	_ = a == b // ERROR "invalid operation: a == b \(struct containing \[\]int cannot be compared\)"
}
