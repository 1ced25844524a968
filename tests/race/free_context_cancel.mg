// -race corpus, race-free: cancel() happens before <-ctx.Done() returns.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	reason := ""
	done := make(chan string)
	go func() {
		<-ctx.Done()
		done <- reason
	}()
	reason = "shutdown"
	cancel()
	fmt.Println(<-done)
}

// Flags: -race
// Output:
// shutdown
