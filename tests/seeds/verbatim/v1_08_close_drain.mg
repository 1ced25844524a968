// Seed document s1 (001_f7ebe58bf6508199.txt), lines 66-72: v=0, ok=false once the channel is closed and drained.
// The block is verbatim; lines marked `// added` are what it needs to run.
ch := make(chan int, 3)
ch <- 1
ch <- 2
close(ch)
v, ok := <-ch // v=1, ok=true
v, ok = <-ch // v=2, ok=true
v, ok = <-ch // v=0, ok=false (channel is closed and drained)
fmt.Println(v, ok) // added

// Output:
// 0 false
