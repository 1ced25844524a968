package main

// golang.org/x/sync/errgroup is not in Go 1.19's standard library (and the
// module cache here is offline), so this expected output was written by
// reasoning from the errgroup documentation, not checked by `go run`.

import (
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	var ran int64
	for i := 0; i < 10; i++ {
		i := i
		g.Go(func() error {
			atomic.AddInt64(&ran, 1)
			if i == 3 {
				return errors.New("task 3 failed")
			}
			if i == 7 {
				time.Sleep(50 * time.Millisecond) // well after task 3
				return errors.New("task 7 failed")
			}
			return nil
		})
	}
	// Wait waits for every task and returns the first error.
	fmt.Println(g.Wait(), atomic.LoadInt64(&ran))

	var ok errgroup.Group
	results := make([]int, 5)
	for i := range results {
		i := i
		ok.Go(func() error {
			results[i] = i * i
			return nil
		})
	}
	fmt.Println(ok.Wait(), results)

	var empty errgroup.Group
	fmt.Println(empty.Wait())
}

// Output:
// task 3 failed 10
// <nil> [0 1 4 9 16]
// <nil>
