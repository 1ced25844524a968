package main

func main() {
	c := make(chan int)
	<-c
}

// Exit: 2
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^$
// Stderr: ^goroutine 1 \[chan receive\]:$
// Stderr: ^main\.main\(\)$
// Stderr: ^	.*deadlock_main_recv\.mg:5$
