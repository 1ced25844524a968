// -race corpus, race-free: a chain of go statements.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import "fmt"

func main() {
	x := 1
	done := make(chan int)
	go func() {
		x++
		go func() {
			x++
			done <- x
		}()
	}()
	fmt.Println(<-done)
}

// Flags: -race
// Output:
// 3
