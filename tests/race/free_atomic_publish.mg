// -race corpus, race-free: an atomic store publishes the data written before it.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

var (
	ready int32
	data  int
)

func main() {
	go func() {
		data = 42
		atomic.StoreInt32(&ready, 1)
	}()
	for atomic.LoadInt32(&ready) == 0 {
		runtime.Gosched()
	}
	fmt.Println(data)
}

// Flags: -race
// Output:
// 42
