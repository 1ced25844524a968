package main

func f(xs ...int) {}

func main() {
	s := []int{1}
	f(1, s...) // ERROR "too many arguments in call to f"
}
