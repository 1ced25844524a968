// -race corpus, race-free: buffered capacity 1: a receive happens before the next send completes.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import "fmt"

func main() {
	slots := make(chan int, 1)
	shared := 0
	done := make(chan bool)
	slots <- 0
	go func() {
		<-slots
		shared = 1
		slots <- 0
		done <- true
	}()
	<-done
	<-slots
	shared++
	fmt.Println(shared)
}

// Flags: -race
// Output:
// 2
