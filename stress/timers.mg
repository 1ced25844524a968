package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// 1000 goroutines sleep pseudo-random short durations and then send; timers
// stopped before firing never fire; AfterFunc and Ticker fire as often as due.
func main() {
	const n = 1000
	seed := uint32(7)
	next := func() uint32 {
		seed = seed*1664525 + 1013904223
		return seed >> 8
	}
	start := time.Now()
	c := make(chan int)
	want := 0
	for i := 0; i < n; i++ {
		d := time.Duration(next()%50) * time.Millisecond
		want += i
		go func(i int, d time.Duration) {
			time.Sleep(d)
			c <- i
		}(i, d)
	}
	got := 0
	for i := 0; i < n; i++ {
		got += <-c
	}
	el := time.Since(start)
	fmt.Println("sleepers:", got == want, el >= 40*time.Millisecond, el < 5*time.Second)

	// Timers stopped long before they are due never fire.
	var fired int64
	timers := make([]*time.Timer, n)
	for i := range timers {
		timers[i] = time.AfterFunc(time.Duration(200+next()%100)*time.Millisecond, func() { atomic.AddInt64(&fired, 1) })
	}
	stopped := 0
	for i := 0; i < n; i += 2 {
		if timers[i].Stop() {
			stopped++
		}
	}
	time.Sleep(400 * time.Millisecond)
	fmt.Println("afterfunc: stopped", stopped, "fired", atomic.LoadInt64(&fired))

	// Many concurrent time.After in selects: each goroutine gets exactly one.
	var wg sync.WaitGroup
	var timeouts int64
	never := make(chan int)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(d time.Duration) {
			defer wg.Done()
			select {
			case <-never:
			case <-time.After(d):
				atomic.AddInt64(&timeouts, 1)
			}
		}(time.Duration(next()%20) * time.Millisecond)
	}
	wg.Wait()
	fmt.Println("after:", timeouts)

	// Reset timers repeatedly; each fires once at the end.
	var resets sync.WaitGroup
	var resetFired int64
	for i := 0; i < 100; i++ {
		resets.Add(1)
		go func() {
			defer resets.Done()
			t := time.NewTimer(time.Hour)
			for k := 0; k < 50; k++ {
				if !t.Stop() {
					<-t.C
				}
				t.Reset(time.Hour)
			}
			t.Reset(time.Millisecond)
			<-t.C
			atomic.AddInt64(&resetFired, 1)
		}()
	}
	resets.Wait()
	fmt.Println("reset:", resetFired)

	// Tickers: 20 goroutines each take 5 ticks, then stop.
	var ticks int64
	var tw sync.WaitGroup
	for i := 0; i < 20; i++ {
		tw.Add(1)
		go func() {
			defer tw.Done()
			tk := time.NewTicker(2 * time.Millisecond)
			defer tk.Stop()
			for k := 0; k < 5; k++ {
				<-tk.C
				atomic.AddInt64(&ticks, 1)
			}
		}()
	}
	tw.Wait()
	fmt.Println("ticks:", ticks)
}

// Timeout: 30
// Output:
// sleepers: true true true
// afterfunc: stopped 500 fired 500
// after: 1000
// reset: 100
// ticks: 100
