// Seed 1, "Loop variable capture": pre-Go 1.22 all goroutines share i and
// print 3. The goroutines wait on `start` (closed after the loop) and main
// sleeps, so the result does not depend on timing.
start := make(chan struct{})
// PRE-Go 1.22 — all goroutines see i = 3 because they share i
for i := 0; i < 3; i++ {
	go func() {
		<-start
		fmt.Println(i) // prints 3, 3, 3 (probably)
	}()
}
close(start)
time.Sleep(100 * time.Millisecond)

// Output:
// 3
// 3
// 3
