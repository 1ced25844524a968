// Seed document s1 (001_f7ebe58bf6508199.txt), lines 168-181: RLock allows many readers, Lock is exclusive.
// The block is verbatim; lines marked `// added` are what it needs to run.
type Cache struct {
mu sync.RWMutex
m map[string]string
}
func (c *Cache) Get(k string) string {
c.mu.RLock()
defer c.mu.RUnlock()
return c.m[k]
}
func (c *Cache) Set(k, v string) {
c.mu.Lock()
defer c.mu.Unlock()
c.m[k] = v
}
c := &Cache{m: map[string]string{}} // added
var wg sync.WaitGroup // added
for i := 0; i < 10; i++ { // added
	wg.Add(2) // added
	go func(i int) { defer wg.Done(); c.Set(strconv.Itoa(i), "v"+strconv.Itoa(i)) }(i) // added
	go func() { defer wg.Done(); _ = c.Get("0") }() // added
} // added
wg.Wait() // added
fmt.Println(len(c.m), c.Get("7")) // added

// Output:
// 10 v7
