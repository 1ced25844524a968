// Seed 1, "sync.RWMutex — many readers, one writer": concurrent Set and Get.
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

c := &Cache{m: map[string]string{}}
var wg sync.WaitGroup
for i := 0; i < 20; i++ {
	wg.Add(2)
	go func(i int) { defer wg.Done(); c.Set(fmt.Sprint("k", i), fmt.Sprint("v", i)) }(i)
	go func(i int) { defer wg.Done(); _ = c.Get(fmt.Sprint("k", i)) }(i)
}
wg.Wait()
fmt.Println(len(c.m), c.Get("k7"), c.Get("k19"), c.Get("missing") == "")

// Output:
// 20 v7 v19 true
