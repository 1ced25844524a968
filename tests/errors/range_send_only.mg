package main

func main() {
	var c chan<- int
	for range c { // ERROR "cannot range over c \(variable of type chan<- int\) \(receive from send-only channel\)"
	}
}
