// time.AfterFunc: Stop before firing, Reset after firing, nil C, callbacks in their own goroutines.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var log []string
	note := func(s string) {
		mu.Lock()
		log = append(log, s)
		mu.Unlock()
	}
	var wg sync.WaitGroup
	wg.Add(2)
	time.AfterFunc(10*time.Millisecond, func() { note("a"); wg.Done() })
	time.AfterFunc(40*time.Millisecond, func() { note("b"); wg.Done() })
	never := time.AfterFunc(20*time.Millisecond, func() { note("never") })
	fmt.Println("stopped:", never.Stop())
	wg.Wait()
	mu.Lock()
	fmt.Println(log)
	mu.Unlock()

	// Reset an AfterFunc timer after it fired: it runs again.
	count := make(chan int, 10)
	n := 0
	var t *time.Timer
	t = time.AfterFunc(5*time.Millisecond, func() { n++; count <- n })
	fmt.Println("first", <-count)
	fmt.Println("reset after fire:", t.Reset(5*time.Millisecond))
	fmt.Println("second", <-count)

	// The AfterFunc timer's C is nil.
	fmt.Println("C nil:", t.C == nil)

	// AfterFunc callbacks run in their own goroutines: a blocked one does not stop others.
	block := make(chan struct{})
	got := make(chan string, 2)
	time.AfterFunc(time.Millisecond, func() { <-block; got <- "unblocked" })
	time.AfterFunc(2*time.Millisecond, func() { got <- "independent" })
	fmt.Println(<-got)
	close(block)
	fmt.Println(<-got)
}

// Output:
// stopped: true
// [a b]
// first 1
// reset after fire: false
// second 2
// C nil: true
// independent
// unblocked
