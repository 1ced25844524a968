// The seed's range-loop capture under -loopvar: one v per iteration, never
// reported.
items := []string{"a", "b", "c"} // added
var wg sync.WaitGroup            // added
for _, v := range items {
    wg.Add(1) // added
    go func() { defer wg.Done(); fmt.Println(v) }()
}
wg.Wait() // added

// Flags: -race -loopvar
// Unordered output:
// a
// b
// c
