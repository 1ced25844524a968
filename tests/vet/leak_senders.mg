// leak: senders that are named functions given the channel, and the "first response
// wins" shape: several goroutines each send once, one value is received.
package main

import (
	"fmt"
	"time"
)

func replica(name string, d time.Duration, out chan<- string) {
	time.Sleep(d)
	out <- name
}

func first() string {
	out := make(chan string)
	go replica("fast", time.Millisecond, out)
	go replica("slow", 2*time.Millisecond, out)
	return <-out
}

func literals() {
	ch := make(chan int)
	go func() { ch <- 1 }()
	go func() { ch <- 2 }()
	go func() { ch <- 3 }()
	v := <-ch
	fmt.Println(v)
}

func unread() {
	out := make(chan string)
	go replica("lonely", time.Millisecond, out)
}

func main() {
	fmt.Println(first())
	literals()
	unread()
}

// Stderr: /leak_senders\.mg:16:9: goroutine leaks: 2 goroutines send on unbuffered channel out but only one value is received \(line 19\): the others block forever \(minigo vet\)$
// Stderr: /leak_senders\.mg:23:8: goroutine leaks: 3 goroutines send on unbuffered channel ch but only one value is received \(line 27\): the others block forever \(minigo vet\)$
// Stderr: /leak_senders\.mg:33:41: goroutine leaks: nothing receives from unbuffered channel out, so its send blocks forever \(minigo vet\)$
// Exit: 1
