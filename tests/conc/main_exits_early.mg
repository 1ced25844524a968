package main

import "fmt"

// Returning from main ends the program at once: goroutines still blocked or
// running are dropped without running their deferred calls.
func main() {
	block := make(chan int)
	go func() {
		defer fmt.Println("deferred: never printed")
		<-block
		fmt.Println("never printed")
	}()
	go func() {
		for {
		}
	}()
	ready := make(chan bool)
	go func() {
		defer fmt.Println("never printed either")
		ready <- true
		select {}
	}()
	<-ready
	fmt.Println("main done")
}

// Output:
// main done
