package main

import "fmt"

// A token goes round a ring of 100,000 goroutines joined by unbuffered
// channels, 20 times; each hop adds one.
func main() {
	const n, laps = 100000, 20
	first := make(chan int)
	in := first
	for i := 0; i < n; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	last := in
	v := 0
	for lap := 0; lap < laps; lap++ {
		first <- v
		v = <-last
	}
	close(first)
	_, ok := <-last
	fmt.Println(v, v == n*laps, ok)
}

// Timeout: 60
// Output:
// 2000000 true false
