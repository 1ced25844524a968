// A program that deadlocks under some schedules only: main receives once, but
// which of the two senders it meets is a race, and the loser blocks forever
// only if main then waits for both. -explore shows the panic-free outcomes and
// the deadlock with Go's fatal error text.
c := make(chan int)
var wg sync.WaitGroup
for i := 1; i <= 2; i++ {
	wg.Add(1)
	go func(i int) {
		defer wg.Done()
		c <- i
	}(i)
}
v := <-c
fmt.Println("got", v)
if v == 2 {
	wg.Wait() // the sender of 1 still blocks: deadlock
}
fmt.Println("end")

// Flags: -explore 30
// Exit: 1
// Output:
// explore: 30 schedules of tests/explore/sometimes_deadlock.mg, 2 distinct outcomes
// --- 18 of 30 runs (-seed 1): exit 0
//     got 1
//     end
// --- 12 of 30 runs (-seed 2): exit 2
//     got 2
//   stderr: fatal error: all goroutines are asleep - deadlock!
