// Seed 0, "How do you range over a channel": "If the channel is never closed and
// no more values arrive, the loop blocks forever" - here every goroutine is
// stuck, so the runtime reports the deadlock.
func process(v int) { fmt.Println("process", v) }

ch := make(chan int)
go func() {
	for i := 1; i <= 2; i++ {
		ch <- i
	}
}()
for v := range ch {
	process(v)
}
fmt.Println("never reached")

// Exit: 2
// Output:
// process 1
// process 2
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine 1 \[chan receive\]:$
// Stderr: ^main\.main\(\)$
// Stderr: ^	.*s0_08_range_never_closed\.mg:12$
