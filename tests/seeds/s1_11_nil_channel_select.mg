// Seed 1, "The nil-channel trick": a nil channel's case never fires.
var done chan struct{} // nil — receiving from it never returns
select {
case <-done:
	fmt.Println("never reached")
case <-time.After(time.Second):
	fmt.Println("timeout")
}

// Output:
// timeout
