// -race corpus, race-free: range over a channel until close.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import "fmt"

func main() {
	results := []int{}
	ch := make(chan int, 2)
	fin := make(chan bool)
	go func() {
		for v := range ch {
			results = append(results, v)
		}
		fin <- true
	}()
	for i := 1; i <= 3; i++ {
		ch <- i
	}
	close(ch)
	<-fin
	fmt.Println(results)
}

// Flags: -race
// Output:
// [1 2 3]
