// Seed 0, "classic loop-variable capture bug": the fix `go func(v Item){...}(v)`
// (classic semantics). Goroutines wait on `start` so that only the fix matters.
type Item string

items := []Item{"a", "b", "c"}
start := make(chan struct{})
for _, v := range items {
	go func(v Item) { <-start; fmt.Println(v) }(v)
}
close(start)
time.Sleep(100 * time.Millisecond)

// Unordered output:
// a
// b
// c
