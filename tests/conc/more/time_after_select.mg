package main

import (
	"fmt"
	"time"
)

// time.After in a select: the first timer to fire wins; timers created in
// order with growing durations fire in that order.
func main() {
	order := make(chan int, 5)
	for i := 4; i >= 0; i-- {
		go func(i int) {
			<-time.After(time.Duration(i) * 40 * time.Millisecond)
			order <- i
		}(i)
	}
	for i := 0; i < 5; i++ {
		fmt.Print(<-order)
	}
	fmt.Println()
	select {
	case <-time.After(50 * time.Millisecond):
		fmt.Println("short")
	case <-time.After(time.Second):
		fmt.Println("long")
	}
	tm := <-time.After(time.Millisecond)
	fmt.Println(tm.IsZero(), time.Since(tm) >= 0)
}

// Output:
// 01234
// short
// false true
