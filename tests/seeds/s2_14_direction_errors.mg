// Seed 2, "Channel Direction Types": directions "prevent bugs at compile time".
package main

func producer(out chan<- int) {
	<-out // ERROR `^invalid operation: cannot receive from send-only channel out \(variable of type chan<- int\)$`
}

func consumer(in <-chan int) {
	in <- 1 // ERROR `^invalid operation: cannot send to receive-only channel in \(variable of type <-chan int\)$`
}

func main() {
	ch := make(chan int)
	go producer(ch)
	consumer(ch)
}
