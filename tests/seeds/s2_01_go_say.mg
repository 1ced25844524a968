// Seed 2, "The go Keyword", verbatim except the last line of main: hello and
// world interleave in any order, and without the final sleep main may return
// before the third "world".
package main

import (
	"fmt"
	"time"
)

func say(s string) {
	for i := 0; i < 3; i++ {
		time.Sleep(100 * time.Millisecond)
		fmt.Println(s)
	}
}

func main() {
	go say("world") // Starts a new goroutine
	say("hello")    // Runs in the main goroutine
	time.Sleep(150 * time.Millisecond)
}

// Unordered output:
// hello
// hello
// hello
// world
// world
// world
