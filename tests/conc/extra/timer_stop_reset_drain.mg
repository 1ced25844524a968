// Timer Stop/Reset return values, the drain idiom, lengthened Reset, negative and zero durations.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop active:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	fmt.Println("reset stopped:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired")
	fmt.Println("stop fired:", t.Stop())

	// The drain idiom: stop, and drain if the value is already sent.
	t2 := time.NewTimer(5 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	if !t2.Stop() {
		<-t2.C
		fmt.Println("drained")
	}
	t2.Reset(5 * time.Millisecond)
	select {
	case <-t2.C:
		fmt.Println("t2 fired after reset")
	case <-time.After(2 * time.Second):
		fmt.Println("timeout")
	}

	// Reset to a longer duration delays the fire.
	start := time.Now()
	t3 := time.NewTimer(10 * time.Millisecond)
	t3.Reset(80 * time.Millisecond)
	<-t3.C
	fmt.Println("delayed:", time.Since(start) >= 80*time.Millisecond)

	// A zero or negative duration fires at once.
	t4 := time.NewTimer(-time.Second)
	<-t4.C
	fmt.Println("negative fired")
	select {
	case <-time.After(0):
		fmt.Println("after(0)")
	case <-time.After(time.Second):
		fmt.Println("wrong")
	}
}

// Output:
// stop active: true
// stop again: false
// reset stopped: false
// fired
// stop fired: false
// drained
// t2 fired after reset
// delayed: true
// negative fired
// after(0)
