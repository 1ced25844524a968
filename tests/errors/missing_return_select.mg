package main

func f(c chan int) int {
	select {
	case v := <-c:
		return v
	default:
	}
} // ERROR "missing return"

func main() { f(nil) }
