// A cancellable generator pipeline: cancel stops every stage, goroutines exit, output closes.
package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"
)

func generate(ctx context.Context, wg *sync.WaitGroup) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func square(ctx context.Context, in <-chan int, wg *sync.WaitGroup) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for v := range in {
			select {
			case out <- v * v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	sq := square(ctx, square(ctx, generate(ctx, &wg), &wg), &wg)
	sum := 0
	for i := 0; i < 5; i++ {
		v := <-sq
		fmt.Println(v)
		sum += v
	}
	cancel()
	wg.Wait()
	fmt.Println("sum", sum, ctx.Err())
	time.Sleep(10 * time.Millisecond)
	fmt.Println("goroutines left:", runtime.NumGoroutine())
	_, open := <-sq
	fmt.Println("output closed:", !open)
}

// Output:
// 1
// 16
// 81
// 256
// 625
// sum 979 context canceled
// goroutines left: 1
// output closed: true
