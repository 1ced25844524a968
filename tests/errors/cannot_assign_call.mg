package main

func f() int { return 1 }

func main() {
	f() = 2 // ERROR "cannot assign to f\(\) \(value of type int\)"
}
