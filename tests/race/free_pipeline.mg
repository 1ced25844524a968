// -race corpus, race-free: a two-stage pipeline.
// Go 1.19's go run -race reports nothing and prints the same.
package main

import "fmt"

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func main() {
	sum := 0
	for v := range square(gen(4)) {
		sum += v
	}
	fmt.Println(sum)
}

// Flags: -race
// Output:
// 30
