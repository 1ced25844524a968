// -race corpus, race-free: context.WithTimeout and ctx.Err.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	state := "start"
	res := make(chan string)
	go func() {
		select {
		case <-ctx.Done():
			res <- state + " " + ctx.Err().Error()
		case <-time.After(time.Second):
			res <- "late"
		}
	}()
	fmt.Println(<-res)
}

// Flags: -race
// Output:
// start context deadline exceeded
