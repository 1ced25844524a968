package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
)

// Workers loop until their context is cancelled; all of them stop and
// report the cancellation.
func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var produced int64
	results := make(chan int, 100)
	errs := make(chan error, 8)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-ctx.Done():
					errs <- ctx.Err()
					return
				case results <- w:
					atomic.AddInt64(&produced, 1)
				}
			}
		}(w)
	}
	got := 0
	for range results {
		got++
		if got == 500 {
			break
		}
	}
	cancel()
	wg.Wait()
	close(errs)
	n := 0
	for err := range errs {
		if err == context.Canceled {
			n++
		}
	}
	fmt.Println("stopped", n, "produced >= 500:", atomic.LoadInt64(&produced) >= 500)
}

// Output:
// stopped 8 produced >= 500: true
