package main

import "fmt"

func main() {
	c := make(chan int)
	go func() { c <- 1 }()
	fmt.Println(<-c)
	done := make(chan bool)
	go func() { close(done) }()
	<-done
	for i := 0; i < 100; i++ {
		// let the finished goroutines go away
		select {
		case <-done:
		}
	}
}

// Flags: -leaks
// Output:
// 1
