package main

import (
	"fmt"
	"time"
)

// When main returns the program ends: goroutines blocked on a channel or
// sleeping never print.
func main() {
	never := make(chan int)
	for i := 0; i < 5; i++ {
		go func(i int) {
			<-never
			fmt.Println("goroutine", i, "ran")
		}(i)
	}
	go func() {
		time.Sleep(time.Hour)
		fmt.Println("slept an hour")
	}()
	started := make(chan bool)
	go func() {
		started <- true
		for {
			time.Sleep(time.Millisecond)
		}
	}()
	<-started
	fmt.Println("main done")
}

// Output:
// main done
