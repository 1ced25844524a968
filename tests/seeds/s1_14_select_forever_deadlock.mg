// Seed 1, "Blocking forever — select {}": alone in main it is a deadlock.
select {} // blocks the goroutine forever

// Exit: 2
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine 1 \[select \(no cases\)\]:$
// Stderr: ^main\.main\(\)$
// Stderr: ^	.*s1_14_select_forever_deadlock\.mg:2$
