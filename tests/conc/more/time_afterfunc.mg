package main

import (
	"fmt"
	"sync"
	"time"
)

// AfterFunc runs f in its own goroutine once the time has elapsed; Stop
// before then prevents it; Reset runs it again.
func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	start := time.Now()
	var elapsed time.Duration
	t := time.AfterFunc(20*time.Millisecond, func() {
		elapsed = time.Since(start)
		wg.Done()
	})
	wg.Wait()
	fmt.Println("ran", elapsed >= 20*time.Millisecond, t.C == nil)

	ran := make(chan bool, 1)
	t2 := time.AfterFunc(50*time.Millisecond, func() { ran <- true })
	fmt.Println("stopped", t2.Stop())
	time.Sleep(100 * time.Millisecond)
	fmt.Println("ran after stop", len(ran))

	wg.Add(1)
	t.Reset(time.Millisecond)
	wg.Wait()
	fmt.Println("ran again")

	// f may block without holding up other timers.
	block := make(chan int)
	time.AfterFunc(time.Millisecond, func() { block <- 1 })
	time.AfterFunc(2*time.Millisecond, func() { block <- 2 })
	fmt.Println(<-block + <-block)
}

// Output:
// ran true true
// stopped true
// ran after stop 0
// ran again
// 3
