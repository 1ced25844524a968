package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		var re runtime.Error
		err, _ := r.(error)
		fmt.Println(name+":", r, errors.As(err, &re))
	}()
	f()
}

func main() {
	try("closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("nil", func() {
		var c chan bool
		close(c)
	})
	try("send", func() {
		c := make(chan int, 5)
		close(c)
		c <- 1
	})
	try("makechan", func() {
		n := -1
		_ = make(chan int, n)
	})
}

// Output:
// closed: close of closed channel true
// nil: close of nil channel true
// send: send on closed channel true
// makechan: makechan: size out of range true
