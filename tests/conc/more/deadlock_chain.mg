package main

// A ring of goroutines each receiving before sending: nobody can proceed.
func stage(in <-chan int, out chan<- int) {
	v := <-in
	out <- v + 1
}

func main() {
	a, b, c := make(chan int), make(chan int), make(chan int)
	go stage(a, b)
	go stage(b, c)
	println("ring built")
	<-c
}

// Exit: 2
// Stderr: ^ring built$
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine 1 \[chan receive\]:$
// Stderr: ^main\.main\(\)$
// Stderr: ^	.*deadlock_chain\.mg:14$
// Stderr: ^goroutine [0-9]+ \[chan receive\]:$
// Stderr: ^main\.stage\(.*\)$
// Stderr: ^	.*deadlock_chain\.mg:5$
// Stderr: ^created by main\.main$
// Stderr: ^	.*deadlock_chain\.mg:11$
// Stderr: ^	.*deadlock_chain\.mg:12$
