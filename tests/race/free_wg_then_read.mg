// -race corpus, race-free: wg.Wait orders the goroutine's write before the read.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	res := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		res = 10
	}()
	wg.Wait()
	fmt.Println(res)
}

// Flags: -race
// Output:
// 10
