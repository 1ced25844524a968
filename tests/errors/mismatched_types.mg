package main

func main() {
	x, s := 1, "a"
	_ = x == s // ERROR "invalid operation: x == s \(mismatched types int and string\)"
}
