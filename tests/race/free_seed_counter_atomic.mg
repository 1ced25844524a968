// The seed's atomic fix of the racy counter (s2): never reported.
var counter atomic.Int64
var wg sync.WaitGroup // added
for i := 0; i < 1000; i++ {
    wg.Add(1) // added
    go func() {
        defer wg.Done() // added
        counter.Add(1) // Thread-safe
    }()
}
wg.Wait()                     // added
fmt.Println(counter.Load()) // added

// Flags: -race
// Output:
// 1000
