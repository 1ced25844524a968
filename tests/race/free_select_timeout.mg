// -race corpus, race-free: select with a result channel and time.After.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"fmt"
	"time"
)

func main() {
	answer := 0
	res := make(chan bool)
	go func() {
		answer = 42
		res <- true
	}()
	select {
	case <-res:
		fmt.Println(answer)
	case <-time.After(2 * time.Second):
		fmt.Println("timeout")
	}
}

// Flags: -race
// Output:
// 42
