// -race corpus, race-free: fan-in with a closer goroutine.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"fmt"
	"sync"
)

func main() {
	out := make(chan int)
	var wg sync.WaitGroup
	for _, base := range []int{10, 20} {
		wg.Add(1)
		go func(b int) {
			defer wg.Done()
			for i := 0; i < 2; i++ {
				out <- b + i
			}
		}(base)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	sum := 0
	for v := range out {
		sum += v
	}
	fmt.Println(sum)
}

// Flags: -race
// Output:
// 62
