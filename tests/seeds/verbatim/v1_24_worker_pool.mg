// Seed document s1 (001_f7ebe58bf6508199.txt), lines 237-269: the worker pool returns every result.
// The block is verbatim; lines marked `// added` are what it needs to run.
type Job int // added
type Result int // added
func process(j Job) Result { return Result(j * 10) } // added
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
for _, r := range workerPool(3, []Job{1, 2, 3, 4, 5}) { // added
	fmt.Println(r) // added
} // added

// Unordered output:
// 10
// 20
// 30
// 40
// 50
