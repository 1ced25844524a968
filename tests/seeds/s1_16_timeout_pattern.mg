// Seed 1, "Timeout pattern": time.After bounds the wait.
func handle(v int) { fmt.Println("handle", v) }

func wait(ch chan int) {
	select {
	case v := <-ch:
		handle(v)
	case <-time.After(time.Second):
		fmt.Println("took too long")
	}
}

ch := make(chan int)
go func() { ch <- 1 }()
wait(ch)
wait(ch)

// Output:
// handle 1
// took too long
