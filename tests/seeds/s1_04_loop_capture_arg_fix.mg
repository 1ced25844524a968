// Seed 1, "Loop variable capture": the fix, pass i as an argument.
for i := 0; i < 3; i++ {
	go func(i int) {
		fmt.Println(i) // prints 0, 1, 2 (in some order)
	}(i)
}
time.Sleep(100 * time.Millisecond)

// Unordered output:
// 0
// 1
// 2
