// Seed 0, "channel axioms": closing a nil channel panics.
var ch chan int
close(ch)

// Exit: 2
// Stderr: ^panic: close of nil channel$
// Stderr: ^goroutine 1 \[running\]:$
// Stderr: ^main\.main\(\)$
// Stderr: ^	.*s0_12_axiom_close_nil\.mg:3$
