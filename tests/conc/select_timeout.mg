package main

import (
	"fmt"
	"time"
)

// A select with time.After: the timer's channel fires when nothing else is ready.
func main() {
	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}
	fast := make(chan string, 1)
	go func() { fast <- "fast" }()
	select {
	case s := <-fast:
		fmt.Println(s)
	case <-time.After(5 * time.Second):
		fmt.Println("too slow")
	}
	start := time.Now()
	time.Sleep(30 * time.Millisecond)
	fmt.Println(time.Since(start) >= 30*time.Millisecond)
}

// Output:
// timeout
// fast
// true
