// Seed 0, "How do you implement a bounded worker pool in Go?", verbatim with
// more jobs than workers: results is unbuffered and is only drained after all
// jobs are queued, so each worker blocks on `results <-` holding one job and
// main blocks on `jobs <-` for job numWorkers+1: Go reports a deadlock.
type Job int
type Result int

func process(j Job) Result { return Result(j * j) }

var sum Result

func collect(r Result) { sum += r }

numWorkers := 3
allJobs := []Job{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}

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

fmt.Println("sum", sum)

// Exit: 2
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine 1 \[chan send\]:$
// Stderr: ^main\.main\(\)$
// Stderr: ^	.*s0_23_worker_pool_deadlock\.mg:28$
// Stderr: ^goroutine [0-9]+ \[chan send\]:$
// Stderr: ^main\.main\.func1\(\)$
// Stderr: ^	.*s0_23_worker_pool_deadlock\.mg:24$
// Stderr: ^created by main\.main
