// Seed 2, "Goroutine Leaks", the fix: a buffer of 1 lets the goroutine send and exit.
func expensiveComputation() int { return 42 }

// FIX: Use a buffered channel so the goroutine can send and exit
func safeFunction() {
	ch := make(chan int, 1) // Buffer of 1: goroutine can send even if nobody reads
	go func() {
		result := expensiveComputation()
		ch <- result // Never blocks: buffer absorbs the value
	}()
}

safeFunction()
time.Sleep(100 * time.Millisecond)
fmt.Println("main returns")

// Flags: -leaks
// Output:
// main returns
