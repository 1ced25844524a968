// -race corpus, race-free: time.AfterFunc: the call happens before f runs.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"fmt"
	"time"
)

func main() {
	msg := "tick"
	out := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() { out <- msg })
	fmt.Println(<-out)
}

// Flags: -race
// Output:
// tick
