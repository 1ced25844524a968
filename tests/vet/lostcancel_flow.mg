// lostcancel's paths through loops (break, continue, labels, endless for), select
// and switch (fallthrough), as go vet 1.19 follows them; forever and labeled are clean.
package main

import (
	"context"
	"fmt"
	"time"
)

func loopBreak(n int) {
	ctx, cancel := context.WithCancel(context.Background())
	for i := 0; i < n; i++ {
		if i == 2 {
			break
		}
		if i == 3 {
			cancel()
		}
	}
	_ = ctx
}

func loopContinue(xs []int) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	for _, x := range xs {
		if x > 0 {
			continue
		}
		cancel()
		return nil
	}
	_ = ctx
	return fmt.Errorf("none")
}

func selectPaths(ch chan int) int {
	ctx, cancel := context.WithCancel(context.Background())
	select {
	case v := <-ch:
		cancel()
		return v
	case <-ctx.Done():
		return 0
	}
}

func switchPaths(n int) int {
	ctx, cancel := context.WithCancel(context.Background())
	_ = ctx
	switch {
	case n > 1:
		fallthrough
	case n > 0:
		cancel()
	case n < 0:
		return -1
	}
	return n
}

func forever(ch chan int) {
	ctx, cancel := context.WithCancel(context.Background())
	_ = ctx
	for {
		if <-ch == 0 {
			cancel()
			return
		}
	}
}

func foreverLeak(ch chan int) {
	ctx, cancel := context.WithCancel(context.Background())
	_ = ctx
	for {
		if <-ch == 0 {
			return
		}
		if <-ch == 1 {
			cancel()
		}
	}
}

func labeled(xs [][]int) {
	ctx, cancel := context.WithCancel(context.Background())
	_ = ctx
outer:
	for _, row := range xs {
		for _, x := range row {
			if x == 0 {
				break outer
			}
		}
	}
	cancel()
}

func labeledLeak(xs [][]int) {
	ctx, cancel := context.WithCancel(context.Background())
	_ = ctx
outer:
	for _, row := range xs {
		for _, x := range row {
			if x == 0 {
				continue outer
			}
			if x == 1 {
				return
			}
		}
	}
	cancel()
}

func main() {
	loopBreak(3)
	loopContinue(nil)
	selectPaths(nil)
	switchPaths(1)
	forever(nil)
	foreverLeak(nil)
	labeled(nil)
	labeledLeak(nil)
}

// Stderr: /lostcancel_flow\.mg:12:2: the cancel function is not used on all paths \(possible context leak\)$
// Stderr: /lostcancel_flow\.mg:22:1: this return statement may be reached without using the cancel var defined on line 12$
// Stderr: /lostcancel_flow\.mg:25:2: the cancel function is not used on all paths \(possible context leak\)$
// Stderr: /lostcancel_flow\.mg:34:2: this return statement may be reached without using the cancel var defined on line 25$
// Stderr: /lostcancel_flow\.mg:38:2: the cancel function is not used on all paths \(possible context leak\)$
// Stderr: /lostcancel_flow\.mg:44:3: this return statement may be reached without using the cancel var defined on line 38$
// Stderr: /lostcancel_flow\.mg:49:2: the cancel function is not used on all paths \(possible context leak\)$
// Stderr: /lostcancel_flow\.mg:57:3: this return statement may be reached without using the cancel var defined on line 49$
// Stderr: /lostcancel_flow\.mg:74:2: the cancel function is not used on all paths \(possible context leak\)$
// Stderr: /lostcancel_flow\.mg:78:4: this return statement may be reached without using the cancel var defined on line 74$
// Stderr: /lostcancel_flow\.mg:101:2: the cancel function is not used on all paths \(possible context leak\)$
// Stderr: /lostcancel_flow\.mg:110:5: this return statement may be reached without using the cancel var defined on line 101$
// Exit: 1
