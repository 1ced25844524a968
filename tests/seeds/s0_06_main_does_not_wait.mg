// Seed 0, "Does main wait for goroutines to finish? No.": when main returns the
// program exits at once; running goroutines are killed without running their
// deferred functions, and the beginner sees no output from them.
go func() {
	defer fmt.Println("deferred: never runs")
	time.Sleep(time.Second)
	fmt.Println("goroutine: never prints")
}()
fmt.Println("main returns")

// Output:
// main returns
