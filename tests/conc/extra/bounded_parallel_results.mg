// Bounded parallelism with a semaphore channel and a fixed worker fan-out, results by index.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type Result struct {
	Index int
	Value string
}

func process(items []string, limit int) ([]string, int32) {
	sem := make(chan struct{}, limit)
	results := make([]string, len(items))
	var wg sync.WaitGroup
	var cur, peak int32
	for i, it := range items {
		wg.Add(1)
		sem <- struct{}{}
		go func(i int, it string) {
			defer wg.Done()
			defer func() { <-sem }()
			n := atomic.AddInt32(&cur, 1)
			for {
				p := atomic.LoadInt32(&peak)
				if n <= p || atomic.CompareAndSwapInt32(&peak, p, n) {
					break
				}
			}
			time.Sleep(time.Millisecond)
			results[i] = fmt.Sprintf("%s(%d)", it, len(it))
			atomic.AddInt32(&cur, -1)
		}(i, it)
	}
	wg.Wait()
	return results, peak
}

func main() {
	items := []string{"alpha", "be", "gamma", "d", "epsilon", "zeta", "eta", "theta", "iota"}
	for _, limit := range []int{1, 3} {
		res, peak := process(items, limit)
		fmt.Println(res, peak <= int32(limit))
	}

	// Fan-out with a fixed number of workers, results back in order through indexes.
	in := make(chan Result)
	out := make(chan Result)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range in {
				r.Value = r.Value + "!"
				out <- r
			}
		}()
	}
	go func() {
		for i, s := range items {
			in <- Result{i, s}
		}
		close(in)
	}()
	go func() { wg.Wait(); close(out) }()
	ordered := make([]string, len(items))
	for r := range out {
		ordered[r.Index] = r.Value
	}
	fmt.Println(ordered)
}

// Output:
// [alpha(5) be(2) gamma(5) d(1) epsilon(7) zeta(4) eta(3) theta(5) iota(4)] true
// [alpha(5) be(2) gamma(5) d(1) epsilon(7) zeta(4) eta(3) theta(5) iota(4)] true
// [alpha! be! gamma! d! epsilon! zeta! eta! theta! iota!]
