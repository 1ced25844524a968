// leak stays silent where every send can be received: as many receives as senders,
// a receive in a loop, a sender that may not send, a sender that sends many times,
// a function that also receives on its parameter.
package main

import (
	"fmt"
	"time"
)

func replica(name string, out chan<- string) {
	out <- name
}

func echo(c chan string) {
	c <- <-c
}

func both() {
	out := make(chan string)
	go replica("a", out)
	go replica("b", out)
	fmt.Println(<-out, <-out)
}

func looped() {
	out := make(chan string)
	go replica("a", out)
	go replica("b", out)
	for i := 0; i < 2; i++ {
		fmt.Println(<-out)
	}
}

func maybe(ok bool) {
	ch := make(chan int)
	go func() {
		if ok {
			ch <- 1
		}
	}()
	go func() { ch <- 2 }()
	fmt.Println(<-ch)
}

func many() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
		}
	}()
	go func() { ch <- 9 }()
	fmt.Println(<-ch)
}

func echoed() {
	c := make(chan string)
	go echo(c)
	c <- "x"
	fmt.Println(<-c)
}

func main() {
	both()
	looped()
	maybe(true)
	many()
	echoed()
	time.Sleep(time.Millisecond)
}

// Exit: 0
