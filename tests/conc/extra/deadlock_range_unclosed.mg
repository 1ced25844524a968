// Deadlock: ranging over a channel the producer never closes.
package main

import "fmt"

type item struct{ n int }

func produce(ch chan<- item, n int) {
	for i := 0; i < n; i++ {
		ch <- item{i}
	}
	// forgot close(ch)
}

func main() {
	ch := make(chan item, 2)
	go produce(ch, 3)
	total := 0
	for it := range ch {
		total += it.n
		fmt.Println("got", it.n)
	}
	fmt.Println(total)
}

// Output:
// got 0
// got 1
// got 2
// Exit: 2
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine [0-9]+ \[chan receive\]:$
// Stderr: ^main\.main\(.*\)$
// Stderr: ^	.*deadlock_range_unclosed\.mg:19$
