package main

import (
	"fmt"
	"runtime"
	"sync"
)

// NumGoroutine counts live goroutines; GOMAXPROCS(n) sets and returns the
// previous value, GOMAXPROCS(0) only reads; NumCPU is at least 1.
func main() {
	fmt.Println(runtime.NumGoroutine())
	block := make(chan bool)
	var started sync.WaitGroup
	for i := 0; i < 10; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-block
		}()
	}
	started.Wait()
	fmt.Println(runtime.NumGoroutine())
	close(block)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println(runtime.NumGoroutine())

	prev := runtime.GOMAXPROCS(3)
	fmt.Println(prev == runtime.GOMAXPROCS(0) || prev >= 1, runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(-1), runtime.GOMAXPROCS(1), runtime.GOMAXPROCS(0))
	fmt.Println(runtime.NumCPU() >= 1)
}

// Output:
// 1
// 11
// 1
// true 3
// 3 3 1
// true
