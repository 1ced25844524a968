// select with default in loops: non-blocking send/receive and a polling loop with a deadline.
package main

import (
	"fmt"
	"time"
)

func main() {
	work := make(chan int, 10)
	results := make(chan int, 10)
	quit := make(chan struct{})
	go func() {
		for {
			select {
			case w := <-work:
				results <- w * w
			case <-quit:
				close(results)
				return
			}
		}
	}()
	idle := 0
	sent := 0
	for sent < 5 {
		select {
		case work <- sent + 1:
			sent++
		default:
			idle++
		}
	}
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-results
	}
	close(quit)
	_, ok := <-results
	fmt.Println("sum", sum, "closed", !ok)

	// Non-blocking receive and send.
	c := make(chan string, 1)
	select {
	case m := <-c:
		fmt.Println("got", m)
	default:
		fmt.Println("no message")
	}
	c <- "hi"
	select {
	case c <- "second":
		fmt.Println("sent second")
	default:
		fmt.Println("buffer full")
	}
	select {
	case m, ok := <-c:
		fmt.Println("got", m, ok)
	default:
		fmt.Println("empty")
	}

	// A polling loop with a deadline.
	flag := make(chan bool)
	go func() { time.Sleep(20 * time.Millisecond); close(flag) }()
	deadline := time.After(2 * time.Second)
	polls := 0
loop:
	for {
		select {
		case <-flag:
			break loop
		case <-deadline:
			fmt.Println("deadline")
			break loop
		default:
			polls++
			time.Sleep(time.Millisecond)
		}
	}
	fmt.Println("polled", polls > 0)
}

// Output:
// sum 55 closed true
// no message
// buffer full
// got hi true
// polled true
