package main

func main() {
	x := 1
	if x > 0 {
		fallthrough // ERROR "fallthrough statement out of place"
	}
}
