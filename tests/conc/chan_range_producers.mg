package main

import (
	"fmt"
	"sync"
)

// Several producers, one closer after a WaitGroup, a range consumer.
func main() {
	c := make(chan int)
	var wg sync.WaitGroup
	for p := 0; p < 4; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				c <- p*1000 + i
			}
		}(p)
	}
	go func() {
		wg.Wait()
		close(c)
	}()
	sum, n := 0, 0
	for v := range c {
		sum += v
		n++
	}
	fmt.Println(n, sum)
}

// Output:
// 4000 7998000
