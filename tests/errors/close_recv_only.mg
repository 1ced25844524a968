package main

func main() {
	var ch <-chan int
	close(ch) // ERROR "cannot close receive-only channel ch"
}
