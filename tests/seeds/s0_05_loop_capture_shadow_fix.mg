// Seed 0, "classic loop-variable capture bug": the fix "shadow it (`v := v`)"
// (classic semantics). Goroutines wait on `start` so that only the fix matters.
items := []string{"a", "b", "c"}
start := make(chan struct{})
for _, v := range items {
	v := v
	go func() { <-start; fmt.Println(v) }()
}
close(start)
time.Sleep(100 * time.Millisecond)

// Unordered output:
// a
// b
// c
