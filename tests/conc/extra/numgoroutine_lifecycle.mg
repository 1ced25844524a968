// runtime.NumGoroutine across blocked, leaked, Goexit'ed and recovered goroutines; GOMAXPROCS set/get.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func waitFor(n int) bool {
	for i := 0; i < 200; i++ {
		if runtime.NumGoroutine() == n {
			return true
		}
		time.Sleep(time.Millisecond)
	}
	return false
}

func main() {
	fmt.Println(runtime.NumGoroutine())
	gate := make(chan struct{})
	var started sync.WaitGroup
	for i := 0; i < 10; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-gate
		}()
	}
	started.Wait()
	fmt.Println(runtime.NumGoroutine())
	close(gate)
	fmt.Println(waitFor(1))

	// Goroutines blocked forever (a leak) stay counted.
	leak := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { leak <- 1 }()
	}
	fmt.Println(waitFor(4), runtime.NumGoroutine())
	<-leak
	fmt.Println(waitFor(3))

	// Goexit'ed and panicked-and-recovered goroutines are gone.
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); runtime.Goexit() }()
	go func() {
		defer wg.Done()
		defer func() { recover() }()
		panic("x")
	}()
	wg.Wait()
	fmt.Println(waitFor(3))

	prev := runtime.GOMAXPROCS(3)
	fmt.Println(prev >= 1, runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(prev)
	fmt.Println(runtime.GOMAXPROCS(-1) == prev, runtime.NumCPU() >= 1)
}

// Output:
// 1
// 11
// true
// true 4
// true
// true
// true 3
// true true
