// Seed 2, "Race Conditions", FIX with mutex. main polls under the lock until
// all 1000 increments are done.
var mu sync.Mutex
counter := 0
for i := 0; i < 1000; i++ {
	go func() {
		mu.Lock()
		counter++
		mu.Unlock()
	}()
}
for {
	mu.Lock()
	n := counter
	mu.Unlock()
	if n == 1000 {
		break
	}
	runtime.Gosched()
}
fmt.Println(counter)

// Output:
// 1000
