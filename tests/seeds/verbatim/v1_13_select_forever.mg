// Seed document s1 (001_f7ebe58bf6508199.txt), lines 123-123: select {} blocks the goroutine forever: alone in main it deadlocks.
// The block is verbatim; lines marked `// added` are what it needs to run.
select {} // blocks the goroutine forever

// Exit: 2
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine 1 \[select \(no cases\)\]:$
