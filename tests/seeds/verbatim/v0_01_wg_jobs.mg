// Seed document s0 (000_ed7622a24a1b58fe.txt), lines 16-21: wg.Add before launching, wg.Done deferred, wg.Wait blocks until the counter hits zero.
// The block is verbatim; lines marked `// added` are what it needs to run.
type Job int // added
func process(j Job) { fmt.Println("processed", j) } // added
jobs := []Job{1, 2, 3} // added
var wg sync.WaitGroup
for _, job := range jobs {
    wg.Add(1)
    go func(j Job) { defer wg.Done(); process(j) }(job)
}
wg.Wait()
fmt.Println("all processed") // added

// Stdout: ^(processed [123]\n){3}all processed\n$
// Unordered output:
// processed 1
// processed 2
// processed 3
// all processed
