// A program that races and then calls os.Exit(3): Go's -race prints the report
// but keeps the program's own exit status and prints no count.
package main

import (
	"os"
	"time"
)

var x int

func main() {
	go func() { x = 1 }()
	time.Sleep(10 * time.Millisecond)
	x = 2
	os.Exit(3)
}

// Flags: -race
// Exit: 3
// Stderr: ^WARNING: DATA RACE$
// Stderr: ^Write at 0x[0-9a-f]+ by main goroutine:$
