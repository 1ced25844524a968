// Generators, take and filter stages with a done channel; closures driven from goroutines; chan of chans.
package main

import "fmt"

func fib(done <-chan struct{}) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		a, b := 0, 1
		for {
			select {
			case ch <- a:
				a, b = b, a+b
			case <-done:
				return
			}
		}
	}()
	return ch
}

func take(done <-chan struct{}, in <-chan int, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			select {
			case v, ok := <-in:
				if !ok {
					return
				}
				out <- v
			case <-done:
				return
			}
		}
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

func counterGen() func() int {
	c := 0
	return func() int { c++; return c }
}

func main() {
	done := make(chan struct{})
	for v := range take(done, fib(done), 12) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	evens := filter(take(done, fib(done), 20), func(v int) bool { return v%2 == 0 })
	var got []int
	for v := range evens {
		got = append(got, v)
	}
	fmt.Println(got)
	close(done)

	// Closures over shared state, driven from goroutines one at a time.
	next := counterGen()
	results := make(chan int)
	for i := 0; i < 5; i++ {
		go func() { results <- next() }()
		fmt.Print(<-results, " ")
	}
	fmt.Println()

	// A generator of generators: channel of channels.
	gens := make(chan (<-chan int), 3)
	for i := 1; i <= 3; i++ {
		c := make(chan int, i)
		for j := 0; j < i; j++ {
			c <- i * 10 + j
		}
		close(c)
		gens <- c
	}
	close(gens)
	for g := range gens {
		for v := range g {
			fmt.Print(v, " ")
		}
	}
	fmt.Println()
}

// Output:
// 0 1 1 2 3 5 8 13 21 34 55 89 
// [0 2 8 34 144 610 2584]
// 1 2 3 4 5 
// 10 20 21 30 31 32 
