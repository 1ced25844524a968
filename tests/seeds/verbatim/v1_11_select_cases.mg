// Seed document s1 (001_f7ebe58bf6508199.txt), lines 101-110: every case is a send or receive; the ready one proceeds.
// The block is verbatim; lines marked `// added` are what it needs to run.
ch1 := make(chan int) // added
ch2 := make(chan int) // added
ch3 := make(chan int, 1) // added
select {
case v := <-ch1:
fmt.Println("from ch1:", v)
case v := <-ch2:
fmt.Println("from ch2:", v)
case ch3 <- 42:
fmt.Println("sent to ch3")
case <-time.After(time.Second):
fmt.Println("timeout")
}

// Output:
// sent to ch3
