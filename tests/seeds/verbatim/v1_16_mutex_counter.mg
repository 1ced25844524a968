// Seed document s1 (001_f7ebe58bf6508199.txt), lines 151-164: a mutex-protected counter: no increment is lost.
// The block is verbatim; lines marked `// added` are what it needs to run.
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
var c Counter // added
var wg sync.WaitGroup // added
for i := 0; i < 100; i++ { // added
	wg.Add(1) // added
	go func() { defer wg.Done(); c.Inc() }() // added
} // added
wg.Wait() // added
fmt.Println(c.Value()) // added

// Output:
// 100
