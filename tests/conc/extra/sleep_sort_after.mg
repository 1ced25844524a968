// Sleep sort, the earliest of several time.After channels wins, AfterFunc timers fire in deadline order.
package main

import (
	"fmt"
	"time"
)

func main() {
	vals := []int{5, 2, 8, 1, 4}
	out := make(chan int)
	for _, v := range vals {
		go func(v int) {
			time.Sleep(time.Duration(v) * 25 * time.Millisecond)
			out <- v
		}(v)
	}
	for range vals {
		fmt.Print(<-out, " ")
	}
	fmt.Println()

	// The earliest of several time.After channels wins a select.
	for round := 0; round < 3; round++ {
		select {
		case <-time.After(200 * time.Millisecond):
			fmt.Println("slow")
		case <-time.After(time.Duration(10+round) * time.Millisecond):
			fmt.Println("fast", round)
		case <-time.After(400 * time.Millisecond):
			fmt.Println("slowest")
		}
	}

	// Timers fire in deadline order, whatever order they were created in.
	order := make(chan string, 3)
	for _, d := range []struct {
		name string
		ms   int
	}{{"c", 90}, {"a", 10}, {"b", 50}} {
		d := d
		time.AfterFunc(time.Duration(d.ms)*time.Millisecond, func() { order <- d.name })
	}
	fmt.Println(<-order, <-order, <-order)
}

// Output:
// 1 2 4 5 8 
// fast 0
// fast 1
// fast 2
// a b c
