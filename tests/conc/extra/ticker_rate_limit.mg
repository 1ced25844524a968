// Rate limiting with a Ticker and a bursty token channel; Ticker.Reset and a stopped ticker is quiet.
package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.NewTicker(20 * time.Millisecond)
	defer limiter.Stop()
	start := time.Now()
	for r := range requests {
		<-limiter.C
		fmt.Println("request", r)
	}
	el := time.Since(start)
	fmt.Println("rate limited:", el >= 90*time.Millisecond, el < 2*time.Second)

	// Bursty limiter: a buffered channel pre-filled with 3 tokens.
	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	tk := time.NewTicker(30 * time.Millisecond)
	go func() {
		for t := range tk.C {
			select {
			case bursty <- t:
			default:
			}
		}
	}()
	start = time.Now()
	var fast int
	for i := 0; i < 5; i++ {
		<-bursty
		if time.Since(start) < 20*time.Millisecond {
			fast++
		}
	}
	tk.Stop()
	fmt.Println("burst served at once:", fast)

	// Ticker.Reset changes the period.
	tk2 := time.NewTicker(time.Hour)
	tk2.Reset(10 * time.Millisecond)
	<-tk2.C
	<-tk2.C
	tk2.Stop()
	fmt.Println("reset ticker ticked twice")
	select {
	case <-tk2.C:
		fmt.Println("unexpected tick")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("stopped ticker is quiet")
	}
}

// Output:
// request 1
// request 2
// request 3
// request 4
// request 5
// rate limited: true true
// burst served at once: 3
// reset ticker ticked twice
// stopped ticker is quiet
