package main

func main() {
	for i := 0; i; i++ { // ERROR "non-boolean condition in for statement"
	}
}
