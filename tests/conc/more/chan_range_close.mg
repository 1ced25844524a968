package main

import "fmt"

// range over a channel ends when the channel is closed and drained.
func gen(n int) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		for i := 0; i < n; i++ {
			c <- i * i
		}
	}()
	return c
}

func sq(in <-chan int) <-chan int {
	out := make(chan int, 2)
	go func() {
		for v := range in {
			out <- v + 1
		}
		close(out)
	}()
	return out
}

func main() {
	sum := 0
	for v := range sq(gen(10)) {
		fmt.Print(" ", v)
		sum += v
	}
	fmt.Println()
	fmt.Println("sum", sum)
	n := 0
	for range gen(0) {
		n++
	}
	fmt.Println("empty", n)
}

// Output:
//  1 2 5 10 17 26 37 50 65 82
// sum 295
// empty 0
