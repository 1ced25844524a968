package main

import (
	"fmt"
	"time"
)

// A sender parked on a full channel panics when the channel is closed under it.
func main() {
	c := make(chan int)
	go func() {
		time.Sleep(50 * time.Millisecond)
		close(c)
	}()
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	c <- 1
}

// Output:
// recovered: send on closed channel
