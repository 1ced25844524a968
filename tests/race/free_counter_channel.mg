// -race corpus, race-free: the counter owned by one goroutine, fed through a channel.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import "fmt"

func main() {
	inc := make(chan int)
	done := make(chan int)
	go func() {
		total := 0
		for v := range inc {
			total += v
		}
		done <- total
	}()
	for i := 0; i < 5; i++ {
		inc <- 1
	}
	close(inc)
	fmt.Println(<-done)
}

// Flags: -race
// Output:
// 5
