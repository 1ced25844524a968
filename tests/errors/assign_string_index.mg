package main

func main() {
	s := "abc"
	s[0] = 1 // ERROR "cannot assign to s\[0\]"
}
