package main

func main() {
	x := 1
	<-x // ERROR "invalid operation: cannot receive from non-channel x \(variable of type int\)"
}
