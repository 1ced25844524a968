// Seed 0, "classic loop-variable capture bug" under Go 1.22 semantics (-loopvar):
// each iteration has its own v. The goroutines wait on
// `start` (closed after the loop) so the result does not depend on timing.
items := []string{"a", "b", "c"}
start := make(chan struct{})
for _, v := range items {
	go func() { <-start; fmt.Println(v) }() // pre-1.22: often prints last item repeatedly
}
close(start)
time.Sleep(100 * time.Millisecond)

// Flags: -loopvar
// Unordered output:
// a
// b
// c
