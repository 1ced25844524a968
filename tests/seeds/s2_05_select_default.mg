// Seed 2, "The select Statement": with a default case the time.After case
// never fires; a ready channel wins.
func poll(c1, c2 chan string) {
	select {
	case msg1 := <-c1:
		fmt.Println("received", msg1)
	case msg2 := <-c2:
		fmt.Println("received", msg2)
	case <-time.After(1 * time.Second):
		fmt.Println("timeout")
	default:
		fmt.Println("no activity")
	}
}

c1 := make(chan string, 1)
c2 := make(chan string, 1)
poll(c1, c2)
c1 <- "one"
poll(c1, c2)
c2 <- "two"
poll(c1, c2)
poll(c1, c2)

// Output:
// no activity
// received one
// received two
// no activity
