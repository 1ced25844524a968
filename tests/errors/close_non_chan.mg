package main

func main() {
	x := 1
	close(x) // ERROR "invalid operation: cannot close non-channel x \(variable of type int\)"
}
