// A snippet (no package clause, as pasted from a document) is vetted like a file:
// the seeds' classic capture.
var wg sync.WaitGroup
for i := 0; i < 3; i++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println(i) // prints 3, 3, 3 (probably)
	}()
}
wg.Wait()

// Stderr: /snippet\.mg:8:15: loop variable i captured by func literal$
// Exit: 1
