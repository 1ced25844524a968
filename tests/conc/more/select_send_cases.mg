package main

import (
	"fmt"
	"sort"
)

// select over send cases: each value goes to exactly one of the channels.
func main() {
	a := make(chan int, 100)
	b := make(chan int, 100)
	for i := 0; i < 100; i++ {
		select {
		case a <- i:
		case b <- i:
		}
	}
	fmt.Println(len(a)+len(b), len(a) > 0, len(b) > 0)
	close(a)
	close(b)
	all := []int{}
	for v := range a {
		all = append(all, v)
	}
	for v := range b {
		all = append(all, v)
	}
	sort.Ints(all)
	ok := true
	for i, v := range all {
		if v != i {
			ok = false
		}
	}
	fmt.Println(ok)
	// Mixed send and receive: an unbuffered send is taken when a receiver waits.
	out := make(chan string)
	in := make(chan string)
	go func() { fmt.Println("got", <-out); in <- "reply" }()
	for k := 0; k < 2; k++ {
		select {
		case out <- "hello":
			fmt.Println("sent")
		case r := <-in:
			fmt.Println("received", r)
		}
	}
}

// Output:
// 100 true true
// true
// got hello
// sent
// received reply
