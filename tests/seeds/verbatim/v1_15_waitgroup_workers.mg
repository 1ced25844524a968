// Seed document s1 (001_f7ebe58bf6508199.txt), lines 136-145: wg.Wait blocks until the counter hits zero: all done comes last.
// The block is verbatim; lines marked `// added` are what it needs to run.
var wg sync.WaitGroup
for i := 1; i <= 5; i++ {
wg.Add(1)
go func(i int) {
defer wg.Done()
fmt.Println("worker", i)
}(i)
}
wg.Wait()
fmt.Println("all done")

// Stdout: ^(worker [1-5]\n){5}all done\n$
// Unordered output:
// worker 1
// worker 2
// worker 3
// worker 4
// worker 5
// all done
