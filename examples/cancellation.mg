// cancellation: one context stops N workers. Each worker does units of work
// until its context is cancelled; main cancels after the first results arrive
// and waits for every worker to report why it stopped. A child context with a
// timeout shows deadline propagation.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func worker(ctx context.Context, id int, progress chan<- int, wg *sync.WaitGroup, why []error) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			why[id] = ctx.Err()
			return
		case progress <- id:
			time.Sleep(time.Millisecond) // one unit of work
		}
	}
}

func main() {
	const n = 4
	ctx, cancel := context.WithCancel(context.Background())
	progress := make(chan int)
	why := make([]error, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go worker(ctx, i, progress, &wg, why)
	}
	for i := 0; i < 10; i++ {
		<-progress
	}
	cancel()
	wg.Wait()
	for i, err := range why {
		fmt.Printf("worker %d stopped: %v\n", i, err)
	}

	child, stop := context.WithTimeout(ctx, time.Hour)
	defer stop()
	<-child.Done()
	fmt.Println("child of a cancelled parent:", child.Err())

	short, stop2 := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer stop2()
	<-short.Done()
	fmt.Println("short deadline:", short.Err())
}

// Output:
// worker 0 stopped: context canceled
// worker 1 stopped: context canceled
// worker 2 stopped: context canceled
// worker 3 stopped: context canceled
// child of a cancelled parent: context canceled
// short deadline: context deadline exceeded
