package main

import "fmt"

// An unbuffered send completes only when a receiver has taken the value:
// after `c <- i` returns, the receiver's record of i is visible once it acks.
func main() {
	c := make(chan int)
	ack := make(chan bool)
	got := []int{}
	go func() {
		for v := range c {
			got = append(got, v)
			ack <- true
		}
	}()
	for i := 1; i <= 5; i++ {
		c <- i
		<-ack
		fmt.Println("sent", i, "receiver has", len(got))
	}
	close(c)
	fmt.Println(got, len(c), cap(c))
}

// Output:
// sent 1 receiver has 1
// sent 2 receiver has 2
// sent 3 receiver has 3
// sent 4 receiver has 4
// sent 5 receiver has 5
// [1 2 3 4 5] 0 0
