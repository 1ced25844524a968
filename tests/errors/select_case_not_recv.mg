package main

func main() {
	c := make(chan int)
	var a int
	select {
	case x := 1 + 2: // ERROR "select case must be send or receive \(possibly with assignment\)"
		_ = x
	case (<-c):
	case ((<-c)) + 1: // ERROR "select case must be send or receive \(possibly with assignment\)"
	case c <- 1:
	case undefinedName: // ERROR "select case must be send or receive \(possibly with assignment\)"
	case a = 1: // ERROR "select case must be send or receive \(possibly with assignment\)"
	}
	_ = a
}
