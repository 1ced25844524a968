package main

func main() {
	ch := make(chan int)
	for a, b := range ch { // ERROR "range over ch \(variable of type chan int\) permits only one iteration variable"
		_, _ = a, b
	}
}
