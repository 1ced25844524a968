package main

import (
	"fmt"
	"runtime"
)

func inner() {
	defer fmt.Println("inner deferred")
	runtime.Goexit()
	fmt.Println("not reached")
}

func main() {
	done := make(chan bool)
	go func() {
		defer func() { close(done) }()
		defer func() {
			fmt.Println("recover:", recover())
		}()
		inner()
		fmt.Println("not reached either")
	}()
	<-done
	fmt.Println("main goes on")
}

// Output:
// inner deferred
// recover: <nil>
// main goes on
