// Seed 1, "Closing a channel": buffered values drain, then zero value and ok=false.
ch := make(chan int, 3)
ch <- 1
ch <- 2
close(ch)
v, ok := <-ch // v=1, ok=true
fmt.Println(v, ok)
v, ok = <-ch // v=2, ok=true
fmt.Println(v, ok)
v, ok = <-ch // v=0, ok=false (channel is closed and drained)
fmt.Println(v, ok)

// Output:
// 1 true
// 2 true
// 0 false
