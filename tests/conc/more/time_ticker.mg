package main

import (
	"fmt"
	"time"
)

// A ticker delivers ticks at its period until stopped; Reset changes the
// period. time.Tick returns just the channel.
func main() {
	tk := time.NewTicker(5 * time.Millisecond)
	start := time.Now()
	prev := start
	ordered := true
	for i := 0; i < 5; i++ {
		t := <-tk.C
		if t.Before(prev) {
			ordered = false
		}
		prev = t
	}
	fmt.Println("5 ticks", ordered, time.Since(start) >= 25*time.Millisecond)
	tk.Reset(time.Hour)
	select {
	case <-tk.C: // at most one tick may have been buffered before Reset
	default:
	}
	select {
	case <-tk.C:
		fmt.Println("unexpected tick")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("quiet after reset")
	}
	tk.Stop()

	c := time.Tick(2 * time.Millisecond)
	n := 0
	for range c {
		n++
		if n == 10 {
			break
		}
	}
	fmt.Println("tick", n)
	fmt.Println(time.Tick(-1) == nil)
}

// Output:
// 5 ticks true true
// quiet after reset
// tick 10
// true
