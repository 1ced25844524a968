// pipeline: generator -> square -> sum, each stage a goroutine connected by
// channels, with cancellation through a done channel. Every stage selects on
// <-done around each send, so closing done stops all of them even when the
// consumer quits early; a WaitGroup proves they all returned.
package main

import (
	"fmt"
	"sync"
)

// generate sends nums (or, with none, 1, 2, 3, ... forever) until done closes.
func generate(done <-chan struct{}, wg *sync.WaitGroup, nums ...int) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for i := 0; len(nums) == 0 || i < len(nums); i++ {
			n := i + 1
			if len(nums) > 0 {
				n = nums[i]
			}
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func square(done <-chan struct{}, wg *sync.WaitGroup, in <-chan int) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	// 1. A finite pipeline runs to completion: the channels close in turn.
	var wg sync.WaitGroup
	done := make(chan struct{})
	sum := 0
	for v := range square(done, &wg, generate(done, &wg, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)) {
		sum += v
	}
	close(done)
	wg.Wait()
	fmt.Println("sum of squares 1..10:", sum)

	// 2. An endless generator: the consumer stops once the sum passes 1000
	// and closes done; both stages return instead of leaking.
	var wg2 sync.WaitGroup
	done2 := make(chan struct{})
	squares := square(done2, &wg2, generate(done2, &wg2))
	sum, count := 0, 0
	for v := range squares {
		sum += v
		count++
		if sum > 1000 {
			break
		}
	}
	close(done2)
	wg2.Wait()
	fmt.Println("stopped after", count, "squares, sum", sum)
	fmt.Println("all stages stopped")
}

// Output:
// sum of squares 1..10: 385
// stopped after 14 squares, sum 1015
// all stages stopped
