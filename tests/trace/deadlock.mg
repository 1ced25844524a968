// A traced program that ends in a deadlock: the trace is still written, and shows
// each goroutine's last wait (tests/trace/check.sh). The worker waits for the mutex
// main holds across a sleep, then blocks forever on a send nobody receives.
package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(mu *sync.Mutex, ch chan int) {
	mu.Lock()
	ch <- 1
	mu.Unlock()
}

func main() {
	var mu sync.Mutex
	ch := make(chan int)
	mu.Lock()
	go worker(&mu, ch)
	time.Sleep(5 * time.Millisecond)
	mu.Unlock()
	time.Sleep(5 * time.Millisecond)
	fmt.Println("waiting")
	<-make(chan bool)
}

// Output:
// waiting
// Exit: 2
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine 1 \[chan receive\]:$
// Stderr: ^goroutine [0-9]+ \[chan send\]:$

// Trace: lanes=2
// Trace: lane:G1 main.main
// Trace: lane:G5 main.worker
// Trace: state:sync.Mutex.Lock=1
// Trace: state:chan send=1
// Trace: state:chan receive=1
// Trace: state:sleep=2
// Trace: flow:unblock>=1
// Trace: i:chan send=1
// Trace: i:chan recv=1
