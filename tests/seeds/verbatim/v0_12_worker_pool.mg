// Seed document s0 (000_ed7622a24a1b58fe.txt), lines 120-133: the worker pool: with more jobs than workers, unbuffered results are not drained until all jobs are sent, so it deadlocks.
// The block is verbatim; lines marked `// added` are what it needs to run.
type Job int // added
type Result int // added
func process(j Job) Result { return Result(j * j) } // added
func collect(r Result) { fmt.Println(r) } // added
numWorkers := 3 // added
allJobs := []Job{1, 2, 3, 4, 5} // added
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

// Exit: 2
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine 1 \[chan send\]:$
