// -race corpus, race-free: unbuffered: the send happens before the receive completes.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import "fmt"

func main() {
	x := 0
	ch := make(chan bool)
	go func() {
		x = 42
		ch <- true
	}()
	<-ch
	fmt.Println(x)
}

// Flags: -race
// Output:
// 42
