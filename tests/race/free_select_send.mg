// -race corpus, race-free: a select send orders main's write before the receiver reads it.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import "fmt"

func main() {
	x := 0
	ch := make(chan int)
	quit := make(chan bool)
	go func() {
		<-ch
		fmt.Println(x)
		quit <- true
	}()
	x = 9
	select {
	case ch <- 1:
	case <-quit:
	}
	<-quit
}

// Flags: -race
// Output:
// 9
