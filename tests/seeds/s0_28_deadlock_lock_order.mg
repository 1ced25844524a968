// Seed 0, "What is a deadlock": "lock-ordering inversion (goroutine A holds
// lock1 wants lock2 while B holds lock2 wants lock1)". Both take their first
// lock before either tries its second, so the inversion always deadlocks.
var lock1, lock2 sync.Mutex
var held, done sync.WaitGroup
held.Add(2)
done.Add(2)
go func() { // A
	defer done.Done()
	lock1.Lock()
	held.Done()
	held.Wait()
	lock2.Lock()
	fmt.Println("A never gets here")
}()
go func() { // B
	defer done.Done()
	lock2.Lock()
	held.Done()
	held.Wait()
	lock1.Lock()
	fmt.Println("B never gets here")
}()
done.Wait()

// Exit: 2
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine 1 \[sync\.WaitGroup\.Wait\]:$
// Stderr: ^goroutine [0-9]+ \[sync\.Mutex\.Lock\]:$
