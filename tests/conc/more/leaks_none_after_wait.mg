package main

import (
	"fmt"
	"sync"
)

// Every goroutine finished before main returns: -leaks reports nothing.
func main() {
	var wg sync.WaitGroup
	c := make(chan int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c <- i
		}(i)
	}
	wg.Wait()
	close(c)
	s := 0
	for v := range c {
		s += v
	}
	fmt.Println(s)
}

// Flags: -leaks
// Output:
// 45
