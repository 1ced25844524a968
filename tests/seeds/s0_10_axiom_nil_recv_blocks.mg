// Seed 0, "channel axioms": a receive from a nil channel blocks forever.
var ch chan int
fmt.Println("receiving from nil channel")
<-ch

// Exit: 2
// Output:
// receiving from nil channel
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine 1 \[chan receive \(nil chan\)\]:$
// Stderr: ^main\.main\(\)$
// Stderr: ^	.*s0_10_axiom_nil_recv_blocks\.mg:4$
