package main

import (
	"fmt"
	"time"
)

// Goroutines spinning in tight loops without function calls do not starve
// main, even on one P: the scheduler preempts them.
func main() {
	for i := 0; i < 3; i++ {
		go func() {
			x := 0
			for {
				x++
			}
		}()
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main ran")
	done := make(chan bool)
	go func() {
		time.Sleep(10 * time.Millisecond)
		done <- true
	}()
	<-done
	fmt.Println("timer goroutine ran")
}

// Timeout: 20
// Output:
// main ran
// timer goroutine ran
