// Seed 0, "How do you wait for goroutines to finish?": the WaitGroup loop over jobs.
type Job int

var total atomic.Int64

func process(j Job) { total.Add(int64(j)) }

jobs := []Job{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}

var wg sync.WaitGroup
for _, job := range jobs {
	wg.Add(1)
	go func(j Job) { defer wg.Done(); process(j) }(job)
}
wg.Wait()
fmt.Println("processed", len(jobs), "jobs, total", total.Load())

// Output:
// processed 10 jobs, total 55
