// Seed 1, "Send on closed channel — panic".
ch := make(chan int)
close(ch)
ch <- 1 // panic: send on closed channel

// Exit: 2
// Stderr: ^panic: send on closed channel$
// Stderr: ^goroutine 1 \[running\]:$
// Stderr: ^main\.main\(\)$
// Stderr: ^	.*s1_29_send_closed_panic\.mg:4$
