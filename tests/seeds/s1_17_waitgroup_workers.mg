// Seed 1, "sync.WaitGroup — wait for N goroutines".
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

// Unordered output:
// worker 1
// worker 2
// worker 3
// worker 4
// worker 5
// all done
