// Seed 0, "How do you add a timeout to a channel operation": a time.After case.
var errTimeout = errors.New("timeout")

func use(v int) { fmt.Println("use", v) }

func recv(ch chan int) error {
	select {
	case v := <-ch:
		use(v)
	case <-time.After(2 * time.Second):
		return errTimeout
	}
	return nil
}

ch := make(chan int, 1)
ch <- 1
fmt.Println(recv(ch))
start := time.Now()
fmt.Println(recv(ch))
fmt.Println(time.Since(start) >= 2*time.Second)

// Output:
// use 1
// <nil>
// timeout
// true
