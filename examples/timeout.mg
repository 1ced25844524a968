// timeout: bounding a wait with select and time.After. A slow call and a fast
// call each race a deadline; a ticker-driven loop gives up after a budget of
// ticks; time.NewTimer can be stopped before it fires.
package main

import (
	"errors"
	"fmt"
	"time"
)

var errTimeout = errors.New("timed out")

// call runs work in a goroutine and waits at most limit for its answer. The
// result channel is buffered so a late answer never blocks the worker forever.
func call(work func() string, limit time.Duration) (string, error) {
	result := make(chan string, 1)
	go func() { result <- work() }()
	select {
	case r := <-result:
		return r, nil
	case <-time.After(limit):
		return "", errTimeout
	}
}

func main() {
	slow := func() string { time.Sleep(200 * time.Millisecond); return "slow answer" }
	fast := func() string { return "fast answer" }

	r, err := call(slow, 20*time.Millisecond)
	fmt.Printf("slow: %q %v\n", r, err)
	r, err = call(fast, time.Second)
	fmt.Printf("fast: %q %v\n", r, err)

	ticker := time.NewTicker(5 * time.Millisecond)
	defer ticker.Stop()
	ticks := 0
	for range ticker.C {
		ticks++
		if ticks == 3 {
			break
		}
	}
	fmt.Println("ticks:", ticks)

	t := time.NewTimer(time.Hour)
	fmt.Println("stopped before firing:", t.Stop())
}

// Output:
// slow: "" timed out
// fast: "fast answer" <nil>
// ticks: 3
// stopped before firing: true
