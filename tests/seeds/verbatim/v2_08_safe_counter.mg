// Seed document s2 (002_2b4772fa68bf654e.txt), lines 119-129: one goroutine at a time can access the map.
// The block is verbatim; lines marked `// added` are what it needs to run.
type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	// Lock so only one goroutine at a time can access the map c.v.
	c.v[key]++
	c.mu.Unlock()
}
c := SafeCounter{v: make(map[string]int)} // added
var wg sync.WaitGroup // added
for i := 0; i < 1000; i++ { // added
	wg.Add(1) // added
	go func() { defer wg.Done(); c.Inc("somekey") }() // added
} // added
wg.Wait() // added
fmt.Println(c.v["somekey"]) // added

// Output:
// 1000
