package main

import "fmt"

func main() {
	c := make(chan int, 1)
	close(c)
	fmt.Println("closing")
	c <- 1
}

// Exit: 2
// Stderr: ^panic: send on closed channel$
// Stderr: ^goroutine 1 \[running\]:$
// Stderr: ^main\.main\(\)$
// Stderr: ^	.*chan_send_closed\.mg:9$
// Output:
// closing
