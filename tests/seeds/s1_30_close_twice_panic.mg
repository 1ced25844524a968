// Seed 1, "Closing a channel twice — also panic".
ch := make(chan int)
close(ch)
close(ch) // panic: close of closed channel

// Exit: 2
// Stderr: ^panic: close of closed channel$
// Stderr: ^goroutine 1 \[running\]:$
// Stderr: ^main\.main\(\)$
// Stderr: ^	.*s1_30_close_twice_panic\.mg:4$
