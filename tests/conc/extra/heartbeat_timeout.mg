// A heartbeat pattern: ticker pulses, a watchdog timer with Stop/drain/Reset detects a hung worker.
package main

import (
	"fmt"
	"time"
)

func worker(done <-chan struct{}, pulse time.Duration, hang bool) (<-chan struct{}, <-chan int) {
	heartbeat := make(chan struct{}, 1)
	results := make(chan int)
	go func() {
		defer close(results)
		defer close(heartbeat)
		tick := time.NewTicker(pulse)
		defer tick.Stop()
		for i := 0; ; i++ {
			if hang && i == 2 {
				<-done
				return
			}
			select {
			case <-done:
				return
			case <-tick.C:
				select {
				case heartbeat <- struct{}{}:
				default:
				}
			case results <- i:
			}
		}
	}()
	return heartbeat, results
}

func main() {
	done := make(chan struct{})
	hb, res := worker(done, 5*time.Millisecond, true)
	got := 0
	timeout := 50 * time.Millisecond
	timer := time.NewTimer(timeout)
loop:
	for {
		select {
		case _, ok := <-hb:
			if !ok {
				break loop
			}
			if !timer.Stop() {
				<-timer.C
			}
			timer.Reset(timeout)
		case _, ok := <-res:
			if !ok {
				break loop
			}
			got++
		case <-timer.C:
			fmt.Println("worker unhealthy after", got, "results")
			break loop
		}
	}
	close(done)
	for range res {
	}
	fmt.Println("stopped")
}

// Output:
// worker unhealthy after 2 results
// stopped
