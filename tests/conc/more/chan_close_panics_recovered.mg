package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Println(name+":", r, isErr, err != nil)
	}()
	f()
}

// close of a closed or nil channel and send on a closed channel are
// run-time errors that recover() sees as runtime.Error values.
func main() {
	c := make(chan int, 1)
	close(c)
	try("close closed", func() { close(c) })
	try("send closed", func() { c <- 1 })
	var n chan int
	try("close nil", func() { close(n) })
	done := make(chan string)
	go func() {
		defer func() { done <- fmt.Sprint(recover()) }()
		d := make(chan bool)
		close(d)
		d <- true
	}()
	fmt.Println("goroutine:", <-done)
}

// Output:
// close closed: close of closed channel true true
// send closed: send on closed channel true true
// close nil: close of nil channel true true
// goroutine: send on closed channel
