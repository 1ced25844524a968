package main

import "fmt"

func produce(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func consume(in <-chan int, done chan<- int) {
	s := 0
	for v := range in {
		s += v
	}
	done <- s
}

// Directional channel types convert implicitly from bidirectional ones.
func main() {
	c := make(chan int, 4)
	done := make(chan int)
	go produce(c, 100)
	go consume(c, done)
	fmt.Println(<-done)
	var r <-chan int = c
	var s chan<- int = c
	fmt.Printf("%T %T %T\n", c, r, s)
	fmt.Println(cap(r), cap(s), len(r))
}

// Output:
// 4950
// chan int <-chan int chan<- int
// 4 4 0
