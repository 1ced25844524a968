// Seed 1, "Common mistakes": "Closing a channel from the receiver side —
// panics on the next send". The sender panics in its own goroutine.
ch := make(chan int)
go func() {
	for i := 1; ; i++ {
		ch <- i
	}
}()
fmt.Println(<-ch)
close(ch) // the receiver closes: wrong
time.Sleep(time.Second)
fmt.Println("not reached")

// Exit: 2
// Output:
// 1
// Stderr: ^panic: send on closed channel$
// Stderr: ^goroutine [0-9]+ \[running\]:$
// Stderr: ^main\.main\.func1\(\)$
// Stderr: ^	.*s1_31_receiver_closes_panic\.mg:6$
