// Seed 1, "Channels": the four lines verbatim in one goroutine. The send on
// the unbuffered channel has no receiver, so the program deadlocks there.
ch := make(chan int) // unbuffered channel of ints
ch <- 42 // send
v := <-ch // receive
v, ok := <-ch // receive with "is the channel still open?"
fmt.Println(v, ok)

// Exit: 2
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine 1 \[chan send\]:$
// Stderr: ^main\.main\(\)$
// Stderr: ^	.*s1_07_channel_ops_deadlock\.mg:4$
