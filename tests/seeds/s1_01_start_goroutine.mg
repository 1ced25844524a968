// Seed 1, "Starting a goroutine": go sayHello() returns immediately; the
// Sleep gives the goroutine time to run (the two lines may come in any order).
package main

import (
	"fmt"
	"time"
)

func main() {
go sayHello() // returns immediately
fmt.Println("main")
time.Sleep(time.Second) // give the goroutine time to run
}
func sayHello() {
fmt.Println("hello from goroutine")
}

// Unordered output:
// main
// hello from goroutine
