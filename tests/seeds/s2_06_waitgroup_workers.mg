// Seed 2, "WaitGroup": five workers that each sleep a second.
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

start := time.Now()
wg.Wait() // Blocks until the WaitGroup counter is zero
elapsed := time.Since(start)
fmt.Println("all done in parallel:", elapsed < 1900*time.Millisecond)

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
// all done in parallel: true
