// Seed 1, "Loop variable capture": with Go 1.22 semantics (-loopvar) each
// iteration gets its own i, "so the original buggy code now works correctly".
start := make(chan struct{})
for i := 0; i < 3; i++ {
	go func() {
		<-start
		fmt.Println(i)
	}()
}
close(start)
time.Sleep(100 * time.Millisecond)

// Flags: -loopvar
// Unordered output:
// 0
// 1
// 2
