package main

import "fmt"

// A nil channel is never ready in a select: its send and receive cases are
// skipped, so the select takes the ready case or the default.
func main() {
	var nilRecv chan int
	var nilSend chan string
	ready := make(chan int, 1)
	ready <- 7
	for i := 0; i < 3; i++ {
		select {
		case v := <-nilRecv:
			fmt.Println("nil recv", v)
		case nilSend <- "x":
			fmt.Println("nil send")
		case v := <-ready:
			fmt.Println("ready", v)
		default:
			fmt.Println("default")
		}
	}
	// Disabling a drained input by setting it to nil.
	a, b := make(chan int), make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i < 12; i++ {
			b <- i
		}
		close(b)
	}()
	sum, n := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
			n++
		}
	}
	fmt.Println(n, sum)
}

// Output:
// ready 7
// default
// default
// 5 24
