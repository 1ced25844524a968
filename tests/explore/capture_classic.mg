// -explore on the seeds' classic loop-capture snippet (classic loop semantics):
// "3 3 3" is the usual outcome, and the others the race allows show up with a
// -seed that reproduces each. Exit status 1: more than one outcome.
var wg sync.WaitGroup
for i := 0; i < 3; i++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println(i)
	}()
}
wg.Wait()

// Flags: -explore 40
// Exit: 1
// Output:
// explore: 40 schedules of tests/explore/capture_classic.mg, 12 distinct outcomes
// --- 25 of 40 runs (-seed 2): exit 0
//     3
//     3
//     3
// --- 2 of 40 runs (-seed 7): exit 0
//     2
//     2
//     2
// --- 2 of 40 runs (-seed 10): exit 0
//     2
//     3
//     3
// --- 2 of 40 runs (-seed 12): exit 0
//     2
//     2
//     3
// --- 2 of 40 runs (-seed 18): exit 0
//     0
//     3
//     3
// --- 1 of 40 runs (-seed 1): exit 0
//     0
//     2
//     3
// --- 1 of 40 runs (-seed 19): exit 0
//     1
//     3
//     3
// --- 1 of 40 runs (-seed 21): exit 0
//     1
//     2
//     2
// --- 1 of 40 runs (-seed 23): exit 0
//     1
//     2
//     3
// --- 1 of 40 runs (-seed 25): exit 0
//     0
//     1
//     2
// --- 1 of 40 runs (-seed 26): exit 0
//     0
//     2
//     2
// --- 1 of 40 runs (-seed 32): exit 0
//     1
//     1
//     3
