// Seed 1, "Anonymous goroutines": the trailing () calls the function in the new goroutine.
go func() {
	fmt.Println("inline")
}()
time.Sleep(100 * time.Millisecond)

// Output:
// inline
