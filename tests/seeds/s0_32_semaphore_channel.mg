// Seed 0, "Why bound concurrency": "a buffered channel used as a token bucket
// caps in-flight work". 20 tasks, at most 3 at a time.
var mu sync.Mutex
inFlight, maxInFlight := 0, 0

sem := make(chan struct{}, 3)
var wg sync.WaitGroup
for i := 0; i < 20; i++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		sem <- struct{}{}        // acquire a token
		defer func() { <-sem }() // release it
		mu.Lock()
		inFlight++
		if inFlight > maxInFlight {
			maxInFlight = inFlight
		}
		mu.Unlock()
		time.Sleep(50 * time.Millisecond)
		mu.Lock()
		inFlight--
		mu.Unlock()
	}()
}
wg.Wait()
fmt.Println("max in flight:", maxInFlight, "<= 3:", maxInFlight <= 3)

// Output:
// max in flight: 3 <= 3: true
