// Seed 0, "How do you implement a bounded worker pool in Go?", verbatim with
// as many jobs as workers. (With more jobs than workers this snippet deadlocks:
// see s0_23_worker_pool_deadlock.mg.)
type Job int
type Result int

func process(j Job) Result { return Result(j * j) }

var sum Result
var count int

func collect(r Result) { sum += r; count++ }

numWorkers := 4
allJobs := []Job{1, 2, 3, 4}

jobs := make(chan Job)
results := make(chan Result)
var wg sync.WaitGroup
for i := 0; i < numWorkers; i++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		for j := range jobs { results <- process(j) }
	}()
}
go func() { wg.Wait(); close(results) }() // close results after workers exit
for _, j := range allJobs { jobs <- j }
close(jobs)
for r := range results { collect(r) }

fmt.Println(count, "results, sum", sum)

// Output:
// 4 results, sum 30
