package main

// WaitGroup.Go is Go 1.25 API, absent from Go 1.19: the expected output was
// written by reasoning (Go calls wg.Add(1), runs f in a new goroutine, and
// calls wg.Done when f returns), not checked by `go run`.

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	var sum atomic.Int64
	for i := 1; i <= 100; i++ {
		i := i
		wg.Go(func() { sum.Add(int64(i)) })
	}
	wg.Wait()
	fmt.Println(sum.Load())
}

// Output:
// 5050
