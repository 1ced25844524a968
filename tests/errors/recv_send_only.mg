package main

func main() {
	var ch chan<- int
	<-ch // ERROR "cannot receive from send-only channel ch \(variable of type chan<- int\)"
}
