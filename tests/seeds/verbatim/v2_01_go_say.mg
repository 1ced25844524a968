// Seed document s2 (002_2b4772fa68bf654e.txt), lines 22-39: hello and world interleave.
// The block is verbatim; lines marked `// added` are what it needs to run.
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
}

// main's third hello may end the program before the third world
// Stdout: ^((hello|world)\n){5,6}$
// Stdout: ^([^h]*hello\n){3}[^h]*$
