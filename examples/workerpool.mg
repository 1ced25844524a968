// workerpool: the seeds' bounded worker pool. A feeder goroutine owns `jobs`
// and closes it once all work is queued; numWorkers workers range over jobs
// and send to `results`; a closer goroutine closes `results` after
// wg.Wait(), which is what ends the collector's range loop. Which worker
// ran which job varies from run to run, so only totals are printed.
package main

import (
	"fmt"
	"sync"
)

type Job struct {
	ID int
	N  int
}

type Result struct {
	JobID  int
	Worker int
	Steps  int
}

// collatzSteps is the work: the number of Collatz steps from n down to 1.
func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	const numWorkers = 4
	const numJobs = 100

	jobs := make(chan Job)
	results := make(chan Result)
	var wg sync.WaitGroup

	for w := 1; w <= numWorkers; w++ {
		wg.Add(1) // before the go statement, never inside the goroutine
		go func(w int) {
			defer wg.Done()
			for j := range jobs {
				results <- Result{JobID: j.ID, Worker: w, Steps: collatzSteps(j.N)}
			}
		}(w)
	}

	// Feeder: the only sender on jobs, so it is the one that closes it.
	go func() {
		defer close(jobs)
		for i := 1; i <= numJobs; i++ {
			jobs <- Job{ID: i, N: i}
		}
	}()

	// Closer: results has several senders (the workers); close it only after
	// all of them have exited.
	go func() {
		wg.Wait()
		close(results)
	}()

	seen := make(map[int]bool)
	perWorker := make(map[int]int)
	total := 0
	longest := Result{}
	for r := range results {
		if seen[r.JobID] {
			fmt.Println("job done twice:", r.JobID)
		}
		seen[r.JobID] = true
		perWorker[r.Worker]++
		total += r.Steps
		if r.Steps > longest.Steps || (r.Steps == longest.Steps && r.JobID < longest.JobID) {
			longest = r
		}
	}

	counted := 0
	for w, n := range perWorker {
		if w < 1 || w > numWorkers {
			fmt.Println("unknown worker:", w)
		}
		counted += n
	}
	fmt.Println("workers:", numWorkers)
	fmt.Println("jobs done:", len(seen), "of", numJobs)
	fmt.Println("results counted per worker:", counted)
	fmt.Println("total steps:", total)
	fmt.Printf("longest: n=%d with %d steps\n", longest.JobID, longest.Steps)
}

// Output:
// workers: 4
// jobs done: 100 of 100
// results counted per worker: 100
// total steps: 3142
// longest: n=97 with 118 steps
