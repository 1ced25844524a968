// Seed 0, "channel axioms": a send to a nil channel blocks forever.
var ch chan int
ch <- 1

// Exit: 2
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine 1 \[chan send \(nil chan\)\]:$
// Stderr: ^main\.main\(\)$
// Stderr: ^	.*s0_11_axiom_nil_send_blocks\.mg:3$
