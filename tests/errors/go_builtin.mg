package main

func main() {
	s := []int{}
	go append(s, 1) // ERROR "go discards result of append\(s, 1\)"
}
