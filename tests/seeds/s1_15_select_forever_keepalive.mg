// Seed 1, "select {}: Sometimes used in main to keep the program alive while
// goroutines run" - here the worker ends the program with os.Exit.
go func() {
	for i := 1; i <= 3; i++ {
		fmt.Println("tick", i)
		time.Sleep(10 * time.Millisecond)
	}
	os.Exit(0)
}()
select {} // blocks the goroutine forever

// Output:
// tick 1
// tick 2
// tick 3
