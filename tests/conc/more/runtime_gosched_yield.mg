package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

// Gosched yields so a spinning main lets the other goroutine finish, even
// with one P.
func main() {
	var flag int32
	go func() {
		atomic.StoreInt32(&flag, 1)
	}()
	spins := 0
	for atomic.LoadInt32(&flag) == 0 {
		runtime.Gosched()
		spins++
	}
	fmt.Println("flag set")
	done := make(chan bool)
	count := 0
	go func() {
		for i := 0; i < 100; i++ {
			count++
			runtime.Gosched()
		}
		done <- true
	}()
	<-done
	fmt.Println(count)
}

// Output:
// flag set
// 100
