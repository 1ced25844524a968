// Seed 1, "Worker pool": workerPool verbatim; results arrive in any order, so
// main sorts them.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Job int
type Result int

func process(job Job) Result { return Result(job * 10) }

func workerPool(numWorkers int, jobs []Job) []Result {
	in := make(chan Job)
	out := make(chan Result)
	var wg sync.WaitGroup
	// Start workers
	for i := 0; i < numWorkers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for job := range in {
				out <- process(job)
			}
		}()
	}
	// Close out when all workers are done
	go func() {
		wg.Wait()
		close(out)
	}()
	// Feed jobs
	go func() {
		defer close(in)
		for _, j := range jobs {
			in <- j
		}
	}()
	// Collect results
	var results []Result
	for r := range out {
		results = append(results, r)
	}
	return results
}

func main() {
	var jobs []Job
	for i := 1; i <= 20; i++ {
		jobs = append(jobs, Job(i))
	}
	results := workerPool(4, jobs)
	sort.Slice(results, func(a, b int) bool { return results[a] < results[b] })
	fmt.Println(len(results), results[0], results[19])
	fmt.Println(results)
}

// Output:
// 20 10 200
// [10 20 30 40 50 60 70 80 90 100 110 120 130 140 150 160 170 180 190 200]
