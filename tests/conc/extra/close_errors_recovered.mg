// close of closed/nil channel and send on closed channel as recovered runtime.Errors, waiting senders.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(runtime.Error)
		if isErr {
			fmt.Println(name, "runtime.Error:", err.Error())
		} else {
			fmt.Println(name, "other:", r)
		}
	}()
	f()
}

func main() {
	c := make(chan int)
	close(c)
	try("close closed", func() { close(c) })
	try("send closed", func() { c <- 1 })
	var nc chan int
	try("close nil", func() { close(nc) })
	try("select send closed", func() {
		select {
		case c <- 1:
		default:
		}
	})
	// A send on a closed channel while other goroutines wait to send too.
	c2 := make(chan int)
	res := make(chan string, 3)
	for i := 0; i < 3; i++ {
		go func() {
			defer func() { res <- fmt.Sprint(recover()) }()
			c2 <- 1
		}()
	}
	for runtime.NumGoroutine() > 1 && len(res) == 0 {
		runtime.Gosched()
		break
	}
	close(c2)
	for i := 0; i < 3; i++ {
		fmt.Println(<-res)
	}
}

// Output:
// close closed runtime.Error: close of closed channel
// send closed runtime.Error: send on closed channel
// close nil runtime.Error: close of nil channel
// select send closed runtime.Error: send on closed channel
// send on closed channel
// send on closed channel
// send on closed channel
