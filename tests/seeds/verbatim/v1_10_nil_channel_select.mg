// Seed document s1 (001_f7ebe58bf6508199.txt), lines 92-98: receiving from a nil channel never returns: the timeout case wins.
// The block is verbatim; lines marked `// added` are what it needs to run.
var done chan struct{} // nil — receiving from it never returns
select {
case <-done:
fmt.Println("never reached")
case <-time.After(time.Second):
fmt.Println("timeout")
}

// Output:
// timeout
