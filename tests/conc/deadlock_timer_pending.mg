package main

import (
	"fmt"
	"time"
)

// A pending timer is not a deadlock: the sleeping goroutine wakes the others.
func main() {
	c := make(chan int)
	go func() {
		time.Sleep(100 * time.Millisecond)
		c <- 42
	}()
	fmt.Println(<-c)
}

// Output:
// 42
