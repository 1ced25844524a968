// -race corpus, race-free: a Ticker consumed by one goroutine.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticks := 0
	t := time.NewTicker(2 * time.Millisecond)
	done := make(chan bool)
	go func() {
		for range t.C {
			ticks++
			if ticks == 3 {
				t.Stop()
				done <- true
				return
			}
		}
	}()
	<-done
	fmt.Println(ticks)
}

// Flags: -race
// Output:
// 3
