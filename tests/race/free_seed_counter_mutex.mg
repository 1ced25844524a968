// The seed's mutex fix of the racy counter (s2): never reported.
var mu sync.Mutex
counter := 0
var wg sync.WaitGroup // added
for i := 0; i < 1000; i++ {
    wg.Add(1) // added
    go func() {
        defer wg.Done() // added
        mu.Lock()
        counter++
        mu.Unlock()
    }()
}
wg.Wait()            // added
fmt.Println(counter) // added

// Flags: -race
// Output:
// 1000
