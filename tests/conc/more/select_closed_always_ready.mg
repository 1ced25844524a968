package main

import "fmt"

// A closed channel is always ready in a select, which makes it a broadcast
// "done" signal; a loop exits through a labelled break.
func main() {
	done := make(chan struct{})
	work := make(chan int)
	results := make(chan int)
	for w := 0; w < 4; w++ {
		go func() {
			count := 0
		loop:
			for {
				select {
				case <-done:
					break loop
				case v := <-work:
					count += v
				}
			}
			results <- count
		}()
	}
	for i := 1; i <= 100; i++ {
		work <- i
	}
	close(done)
	total := 0
	for w := 0; w < 4; w++ {
		total += <-results
	}
	fmt.Println(total)
	for i := 0; i < 3; i++ {
		select {
		case _, ok := <-done:
			fmt.Println("done ready", ok)
		}
	}
}

// Output:
// 5050
// done ready false
// done ready false
// done ready false
