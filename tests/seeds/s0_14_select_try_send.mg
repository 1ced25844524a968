// Seed 0, "non-blocking send or receive": select with a default case.
ch := make(chan int, 1)
for v := 1; v <= 3; v++ {
	select {
	case ch <- v:
		// sent
		fmt.Println("sent", v)
	default:
		// would block — drop, buffer, or handle backpressure
		fmt.Println("dropped", v)
	}
}
for i := 0; i < 2; i++ {
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing to receive")
	}
}

// Output:
// sent 1
// dropped 2
// dropped 3
// received 1
// nothing to receive
