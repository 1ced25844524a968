// A receive in a select case may be parenthesised, bare or on the right of = or :=, with
// or without the comma-ok form (Go's test/chan/select3.go).
package main

import "fmt"

func main() {
	c := make(chan int, 4)
	c <- 1
	c <- 2
	c <- 3
	select {
	case x := (<-c):
		fmt.Println("define", x)
	}
	var y int
	select {
	case y = ((<-c)):
		fmt.Println("assign", y)
	}
	select {
	case (<-c):
		fmt.Println("bare")
	}
	close(c)
	select {
	case x, ok := (<-c):
		fmt.Println("comma-ok", x, ok)
	}
	var i interface{}
	var ok bool
	d := make(chan string, 1)
	d <- "s"
	select {
	case i, ok = (<-d):
		fmt.Println("to interface", i, ok)
	}
}

// Output:
// define 1
// assign 2
// bare
// comma-ok 0 false
// to interface s true
