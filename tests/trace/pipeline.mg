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
	time.Sleep(200 * time.Microsecond)
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

// Trace: lanes=5
// Trace: lane:G1 main.main
// Trace: lane:G5 main.producer
// Trace: lane:G6 main.squarer
// Trace: lane:G7 main.squarer
// Trace: lane:G8 main.collector
// Trace: i:go G=4
// Trace: i:go G5 main.producer=1
// Trace: i:chan send=21
// Trace: i:chan close=2
// Trace: i:chan recv>=23
// Trace: i:chan recv<=24
// Trace: i:select=1
// Trace: i:sleep=1
// Trace: state:sleep=1
// Trace: state:running>=5
// Trace: flow:go=4
// Trace: flow:unblock>=10
// Trace: p:G5 main.producer>=1
// Trace: p:G8 main.collector>=1
