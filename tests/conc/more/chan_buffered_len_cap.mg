package main

import "fmt"

// A buffered channel is a FIFO: len counts queued values, cap is fixed,
// sends do not block until it is full, and queued values survive close.
func main() {
	c := make(chan string, 3)
	fmt.Println(len(c), cap(c))
	c <- "a"
	c <- "b"
	fmt.Println(len(c), cap(c))
	c <- "c"
	select {
	case c <- "d":
		fmt.Println("sent d?")
	default:
		fmt.Println("full")
	}
	fmt.Println(<-c, len(c))
	c <- "d"
	close(c)
	fmt.Println(len(c), cap(c))
	for s := range c {
		fmt.Print(" ", s)
	}
	fmt.Println()
	fmt.Println(len(c), cap(c))
	var nilc chan int
	fmt.Println(len(nilc), cap(nilc))
	u := make(chan int)
	fmt.Println(len(u), cap(u))
}

// Output:
// 0 3
// 2 3
// full
// a 2
// 3 3
//  b c d
// 0 3
// 0 0
// 0 0
