// Seed document s0 (000_ed7622a24a1b58fe.txt), lines 62-67: time.After bounds the wait.
// The block is verbatim; lines marked `// added` are what it needs to run.
var errTimeout = errors.New("timed out") // added
func use(v int) { fmt.Println("use", v) } // added
func get(ch chan int) error { // added
select {
case v := <-ch:
    use(v)
case <-time.After(2 * time.Second):
    return errTimeout
}
return nil // added
} // added
fmt.Println(get(make(chan int))) // added
ready := make(chan int, 1) // added
ready <- 5 // added
fmt.Println(get(ready)) // added

// Output:
// timed out
// use 5
// <nil>
