// Seed 1, "select": the four-case select, run with exactly one case ready each time.
func sel(ch1, ch2 chan int, ch3 chan int) {
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
}

ready := make(chan int, 1)
ready <- 7
sel(ready, nil, nil)
ready <- 8
sel(nil, ready, nil)
sel(nil, nil, ready)
fmt.Println("ch3 got", <-ready)
sel(nil, nil, nil)

// Output:
// from ch1: 7
// from ch2: 8
// sent to ch3
// ch3 got 42
// timeout
