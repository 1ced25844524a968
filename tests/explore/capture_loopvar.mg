// -explore on the loop-capture snippet under Go 1.22 loop semantics: every
// ordering of 0 1 2 comes up, and nothing else.
var wg sync.WaitGroup
for i := 0; i < 3; i++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println(i)
	}()
}
wg.Wait()

// Flags: -loopvar -explore 60
// Exit: 1
// Output:
// explore: 60 schedules of tests/explore/capture_loopvar.mg, 6 distinct outcomes
// --- 14 of 60 runs (-seed 6): exit 0
//     0
//     2
//     1
// --- 13 of 60 runs (-seed 1): exit 0
//     0
//     1
//     2
// --- 9 of 60 runs (-seed 7): exit 0
//     1
//     2
//     0
// --- 9 of 60 runs (-seed 9): exit 0
//     2
//     1
//     0
// --- 8 of 60 runs (-seed 3): exit 0
//     1
//     0
//     2
// --- 7 of 60 runs (-seed 15): exit 0
//     2
//     0
//     1
