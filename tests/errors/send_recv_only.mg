package main

func main() {
	var ch <-chan int
	ch <- 1 // ERROR "cannot send to receive-only channel ch \(variable of type <-chan int\)"
}
