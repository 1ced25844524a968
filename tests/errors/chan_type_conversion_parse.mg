package main

// <-chan T(x) is a receive from the conversion chan T(x) (gc parses it so); the
// receive-only conversion needs parentheses. chan (<-chan T) prints with its parentheses.

func main() {
	c := make(chan int, 1)
	r := <-chan int(c) // a receive from the conversion chan int(c)
	_ = <-r            // ERROR "invalid operation: cannot receive from non-channel r \(variable of type int\)"
	var v = <-chan <-chan int(nil) // ERROR "invalid operation: cannot receive from send-only channel chan<- chan int\(nil\) \(value of type chan<- chan int\)"
	var q chan (<-chan int) = 1 // ERROR "cannot use 1 \(untyped int constant\) as chan \(<-chan int\) value in variable declaration"
	var w <-chan <-chan int = 1 // ERROR "cannot use 1 \(untyped int constant\) as <-chan <-chan int value in variable declaration"
	_, _, _ = v, q, w
}
