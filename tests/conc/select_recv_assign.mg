package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan string, 1)
	a <- 5
	select {
	case x, ok := <-a:
		fmt.Println("a", x, ok)
	case s := <-b:
		fmt.Println("b", s)
	}
	b <- "hi"
	select {
	case x, ok := <-a:
		fmt.Println("a", x, ok)
	case s := <-b:
		fmt.Println("b", s)
	}
	close(a)
	var v int
	var ok bool
	select {
	case v, ok = <-a:
		fmt.Println("closed", v, ok)
	}
	// a parked select gets its value and ok on wake-up
	c := make(chan [3]int)
	go func() { c <- [3]int{1, 2, 3} }()
	select {
	case arr, ok := <-c:
		fmt.Println(arr, ok)
	case <-b:
	}
	go func() { close(c) }()
	select {
	case arr, ok := <-c:
		fmt.Println(arr, ok)
	}
}

// Output:
// a 5 true
// b hi
// closed 0 false
// [1 2 3] true
// [0 0 0] false
