// Seed 2, "Goroutine Leaks": leakyFunction returns without receiving, so its
// goroutine blocks forever on the send.
func expensiveComputation() int { return 42 }

// LEAK: This goroutine blocks forever if nobody reads from ch
func leakyFunction() {
	ch := make(chan int)
	go func() {
		result := expensiveComputation()
		ch <- result // Blocks forever if the caller gives up
	}()
	// If we return early (timeout, error), the goroutine is stuck
}

leakyFunction()
time.Sleep(100 * time.Millisecond)
fmt.Println("main returns")

// Flags: -leaks
// Exit: 3
// Output:
// main returns
// Stderr: ^minigo: 1 goroutine still alive when main returned:$
// Stderr: ^goroutine [0-9]+ \[chan send\]:$
// Stderr: ^main\.leakyFunction\.func1\(\)$
// Stderr: ^	.*s2_08_leaky_function\.mg:10$
// Stderr: ^created by main\.leakyFunction in goroutine 1$
// Stderr: ^	.*s2_08_leaky_function\.mg:8$
