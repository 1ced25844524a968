package main

import (
	"fmt"
	"sync"
)

type job struct{ id, n int }
type result struct{ id, sq int }

func worker(jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{j.id, j.n * j.n}
	}
}

func main() {
	jobs := make(chan job, 10)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	go func() {
		for i := 1; i <= 100; i++ {
			jobs <- job{i, i}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	got := make([]int, 101)
	total := 0
	for r := range results {
		got[r.id] = r.sq
		total += r.sq
	}
	fmt.Println(total, got[7], got[100])
}

// Env: GOMAXPROCS=1
// Output:
// 338350 49 10000
