// Seed 0, "classic loop-variable capture bug": before Go 1.22 every closure
// shares the one loop variable and sees its final value. The goroutines wait on
// `start` (closed after the loop) so the result does not depend on timing.
items := []string{"a", "b", "c"}
start := make(chan struct{})
for _, v := range items {
	go func() { <-start; fmt.Println(v) }() // pre-1.22: often prints last item repeatedly
}
close(start)
time.Sleep(100 * time.Millisecond)

// Output:
// c
// c
// c
