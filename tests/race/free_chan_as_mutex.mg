// -race corpus, race-free: a buffered channel of capacity 1 as a lock (receive k before send k+1).
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"fmt"
	"sync"
)

func main() {
	lock := make(chan struct{}, 1)
	total := 0
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lock <- struct{}{}
			total++
			<-lock
		}()
	}
	wg.Wait()
	fmt.Println(total)
}

// Flags: -race
// Output:
// 5
