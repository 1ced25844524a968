// Seed 2, "Creating Channels" / "Sending and Receiving": the send runs in a
// goroutine, since an unbuffered send needs a receiver.
ch := make(chan int) // Unbuffered channel of integers
go func() {
	v := 42
	ch <- v    // Send v to channel ch.
}()
v := <-ch  // Receive from ch, and assign value to v.
fmt.Println(v)

// Output:
// 42
