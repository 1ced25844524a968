// -race corpus, race-free: select receives order the senders' writes.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import "fmt"

func main() {
	a, b := 0, 0
	ca := make(chan bool)
	cb := make(chan bool)
	go func() { a = 1; ca <- true }()
	go func() { b = 2; cb <- true }()
	for i := 0; i < 2; i++ {
		select {
		case <-ca:
		case <-cb:
		}
	}
	fmt.Println(a + b)
}

// Flags: -race
// Output:
// 3
