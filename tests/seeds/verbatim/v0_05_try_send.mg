// Seed document s0 (000_ed7622a24a1b58fe.txt), lines 54-59: a default case makes a send non-blocking (try send: drop when full).
// The block is verbatim; lines marked `// added` are what it needs to run.
ch := make(chan int, 1) // added
for v := 1; v <= 2; v++ { // added
select {
case ch <- v:
    // sent
default:
    // would block — drop, buffer, or handle backpressure
}
} // added
fmt.Println(len(ch), <-ch) // added

// Output:
// 1 1
