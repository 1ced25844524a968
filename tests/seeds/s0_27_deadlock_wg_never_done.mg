// Seed 0, "What is a deadlock": "a WaitGroup.Wait whose Done is never reached".
var wg sync.WaitGroup
wg.Add(2)
go func() { defer wg.Done() }()
wg.Wait()
fmt.Println("never reached")

// Exit: 2
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine 1 \[sync\.WaitGroup\.Wait\]:$
