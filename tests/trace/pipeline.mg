// A known program for the tracer (tests/trace/check.sh runs it with -trace and checks
// the JSON and the HTML timeline): a producer, two squarers, a collector, a mutex, a
// WaitGroup, a sleep, a select with a timeout and a closed channel.
package main

import (
	"fmt"
	"sync"
	"time"
)

func producer(out chan<- int, n int) {
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out)
}

func squarer(in <-chan int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for v := range in {
		out <- v * v
	}
}

func collector(in <-chan int, mu *sync.Mutex, sum *int, done chan<- bool) {
	for v := range in {
		mu.Lock()
		*sum += v
		mu.Unlock()
	}
	done <- true
}

func main() {
	nums := make(chan int)
	squares := make(chan int, 2)
	done := make(chan bool)
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	go producer(nums, 10)
	wg.Add(2)
	go squarer(nums, squares, &wg)
	go squarer(nums, squares, &wg)
	go collector(squares, &mu, &sum, done)
	wg.Wait()
	close(squares)
	time.Sleep(2 * time.Millisecond)
	select {
	case <-done:
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
	mu.Lock()
	fmt.Println("sum", sum)
	mu.Unlock()
}

// Output:
// sum 385
// Variant: -trace /dev/null
// Output:
// sum 385
