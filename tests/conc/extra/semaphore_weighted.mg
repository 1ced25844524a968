// semaphore.Weighted: weighted Acquire bounded by size, TryAcquire, Acquire with a timeout, over-release panic.
package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/semaphore"
)

func main() {
	sem := semaphore.NewWeighted(3)
	ctx := context.Background()
	var inUse, peak int64
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(w int64) {
			defer wg.Done()
			if err := sem.Acquire(ctx, w); err != nil {
				fmt.Println("acquire:", err)
				return
			}
			n := atomic.AddInt64(&inUse, w)
			for {
				p := atomic.LoadInt64(&peak)
				if n <= p || atomic.CompareAndSwapInt64(&peak, p, n) {
					break
				}
			}
			time.Sleep(2 * time.Millisecond)
			atomic.AddInt64(&inUse, -w)
			sem.Release(w)
		}(int64(i%2 + 1))
	}
	wg.Wait()
	fmt.Println("peak within limit:", peak <= 3, peak > 0)

	fmt.Println(sem.TryAcquire(3), sem.TryAcquire(1))
	tctx, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	fmt.Println(sem.Acquire(tctx, 1))
	sem.Release(3)
	fmt.Println(sem.TryAcquire(2), sem.TryAcquire(1), sem.TryAcquire(1))
	// A request bigger than the size waits for ctx.
	c2, cancel2 := context.WithCancel(ctx)
	cancel2()
	fmt.Println(sem.Acquire(c2, 10))
	sem.Release(3)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sem.Release(1)
	}()
}

// Output:
// peak within limit: true true
// true false
// context deadline exceeded
// true true false
// context canceled
// recovered: semaphore: released more than held
