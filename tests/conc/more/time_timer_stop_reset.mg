package main

import (
	"fmt"
	"time"
)

// Timer.Stop reports whether it stopped a pending timer; Reset re-arms it.
func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	t.Reset(10 * time.Millisecond)
	start := time.Now()
	<-t.C
	fmt.Println("fired after reset:", time.Since(start) >= 10*time.Millisecond)
	fmt.Println("stop fired:", t.Stop())

	t2 := time.NewTimer(5 * time.Millisecond)
	time.Sleep(50 * time.Millisecond)
	// It fired (value waiting in C), so Stop returns false; drain the channel.
	if !t2.Stop() {
		v := <-t2.C
		fmt.Println("drained", !v.IsZero())
	}
	fmt.Println("reset returns", t2.Reset(20*time.Millisecond))
	select {
	case <-t2.C:
		fmt.Println("fired again")
	case <-time.After(2 * time.Second):
		fmt.Println("lost")
	}
	fmt.Println("reset pending returns", t2.Reset(time.Hour), t2.Reset(time.Hour))
	select {
	case <-t2.C:
		fmt.Println("unexpected")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("not fired")
	}
}

// Output:
// stop pending: true
// stop again: false
// fired after reset: true
// stop fired: false
// drained true
// reset returns false
// fired again
// reset pending returns false true
// not fired
