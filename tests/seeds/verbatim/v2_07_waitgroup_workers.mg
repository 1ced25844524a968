// Seed document s2 (002_2b4772fa68bf654e.txt), lines 102-114: wg.Wait blocks until the counter is zero.
// The block is verbatim; lines marked `// added` are what it needs to run.
var wg sync.WaitGroup

for i := 0; i < 5; i++ {
    wg.Add(1)
    go func(i int) {
        defer wg.Done()
        fmt.Printf("Worker %d starting\n", i)
        time.Sleep(time.Second)
        fmt.Printf("Worker %d done\n", i)
    }(i)
}

wg.Wait() // Blocks until the WaitGroup counter is zero
fmt.Println("all workers done") // added

// Stdout: ^(Worker [0-4] starting\n){5}(Worker [0-4] done\n){5}all workers done\n$
// Unordered output:
// Worker 0 starting
// Worker 1 starting
// Worker 2 starting
// Worker 3 starting
// Worker 4 starting
// Worker 0 done
// Worker 1 done
// Worker 2 done
// Worker 3 done
// Worker 4 done
// all workers done
