// Seed 1, "sync.Mutex — protect shared data": 100 goroutines x 100 Inc().
type Counter struct {
	mu sync.Mutex
	n int
}
func (c *Counter) Inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}
func (c *Counter) Value() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

var c Counter
var wg sync.WaitGroup
for g := 0; g < 100; g++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 100; i++ {
			c.Inc()
		}
	}()
}
wg.Wait()
fmt.Println(c.Value())

// Output:
// 10000
