// Seed 2, "Race Conditions", FIX with atomic. main waits until all 1000
// increments are visible (no sleep needed).
var counter atomic.Int64
for i := 0; i < 1000; i++ {
	go func() {
		counter.Add(1) // Thread-safe
	}()
}
for counter.Load() < 1000 {
	runtime.Gosched()
}
fmt.Println(counter.Load())

// Output:
// 1000
