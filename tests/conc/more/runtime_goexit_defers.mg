package main

import (
	"fmt"
	"runtime"
)

// Goexit runs the goroutine's deferred calls (recover returns nil during
// Goexit) and ends only that goroutine.
func main() {
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer func() { fmt.Println("recover during Goexit:", recover()) }()
		defer fmt.Println("deferred 1")
		func() {
			defer fmt.Println("inner deferred")
			runtime.Goexit()
			fmt.Println("not reached")
		}()
		fmt.Println("not reached either")
	}()
	<-done
	fmt.Println("main continues")
}

// Output:
// inner deferred
// deferred 1
// recover during Goexit: <nil>
// main continues
