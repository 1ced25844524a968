// Seed document s0 (000_ed7622a24a1b58fe.txt), lines 36-39: range receives until the channel is closed and drained.
// The block is verbatim; lines marked `// added` are what it needs to run.
func process(v int) { fmt.Println(v) } // added
ch := make(chan int, 2) // added
ch <- 1 // added
ch <- 2 // added
close(ch) // added
for v := range ch {
    process(v)
}
// reached only after ch is closed and empty
fmt.Println("loop ended") // added

// Output:
// 1
// 2
// loop ended
