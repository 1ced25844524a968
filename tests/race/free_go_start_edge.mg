// -race corpus, race-free: the go statement orders main's writes before the goroutine.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import "fmt"

func main() {
	cfg := map[string]int{"n": 3}
	done := make(chan int)
	go func() { done <- cfg["n"] }()
	fmt.Println(<-done)
}

// Flags: -race
// Output:
// 3
