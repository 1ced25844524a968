// Seed document s2 (002_2b4772fa68bf654e.txt), lines 174-199: three alternatives in one block: the third counter := declares nothing new.
// The block is verbatim; lines marked `// added` are what it needs to run.
// RACE CONDITION: Multiple goroutines write to the same variable
counter := 0
for i := 0; i < 1000; i++ {
    go func() {
        counter++ // Data race: unsynchronized read-modify-write
    }()
}

// FIX with atomic (best for simple counters):
var counter atomic.Int64
for i := 0; i < 1000; i++ {
    go func() {
        counter.Add(1) // Thread-safe
    }()
}

// FIX with mutex (for complex shared state):
var mu sync.Mutex
counter := 0
for i := 0; i < 1000; i++ {
    go func() {
        mu.Lock()
        counter++
        mu.Unlock()
    }()
}

// (a snippet's var declarations are package-level: the atomic counter is shadowed)
// Exit: 1
// Stderr: ^.*v2_10_race_and_fixes\.mg:15:17: counter.Add undefined \(type int has no field or method Add\)$
// Stderr: ^.*v2_10_race_and_fixes\.mg:21:9: no new variables on left side of :=$
