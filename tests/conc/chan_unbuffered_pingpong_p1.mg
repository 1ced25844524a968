package main

import "fmt"

// Two goroutines hand a counter back and forth over unbuffered channels.
func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < 10000; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	_, ok := <-pong
	fmt.Println(sum, ok)
}

// Env: GOMAXPROCS=1
// Output:
// 50005000 false
