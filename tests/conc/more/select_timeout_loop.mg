package main

import (
	"fmt"
	"time"
)

// A select loop with a timeout: values arrive quickly at first, then the
// producer stops and the timeout case fires.
func main() {
	c := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			c <- i
		}
	}()
	got := 0
	for {
		select {
		case v := <-c:
			got += v
			continue
		case <-time.After(100 * time.Millisecond):
			fmt.Println("timeout after", got)
		}
		break
	}
	// A timeout shorter than the work.
	slow := make(chan string)
	go func() {
		time.Sleep(300 * time.Millisecond)
		slow <- "late"
	}()
	select {
	case s := <-slow:
		fmt.Println(s)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("gave up")
	}
	fmt.Println(<-slow)
}

// Output:
// timeout after 10
// gave up
// late
