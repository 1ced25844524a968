// Seed 1, "default — non-blocking".
func poll(ch chan int) {
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("nothing ready")
	}
}

ch := make(chan int, 1)
poll(ch)
ch <- 5
poll(ch)

// Output:
// nothing ready
// got 5
