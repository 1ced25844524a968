// -race corpus, race-free: unbuffered: the receive happens before the send completes.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import "fmt"

func main() {
	x := 0
	ch := make(chan int)
	go func() {
		x = 7
		<-ch
	}()
	ch <- 1
	fmt.Println(x)
}

// Flags: -race
// Output:
// 7
