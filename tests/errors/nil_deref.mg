package main

func main() {
	_ = *nil // ERROR "invalid operation: cannot indirect nil"
}
