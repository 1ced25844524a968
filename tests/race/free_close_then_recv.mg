// -race corpus, race-free: close happens before a receive of the zero value.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import "fmt"

func main() {
	x := 0
	done := make(chan struct{})
	go func() {
		x = 3
		close(done)
	}()
	<-done
	fmt.Println(x)
}

// Flags: -race
// Output:
// 3
