// lostcancel: a cancel function discarded with _, or not used on every path to a
// return (an explicit return, the implicit one at the closing brace, a loop exit), in
// go vet 1.19's words; returning from main.main ends the program, so only _ counts there.
package main

import (
	"context"
	"fmt"
	"time"
)

func discard() {
	ctx, _ := context.WithTimeout(context.Background(), time.Second)
	fmt.Println(ctx)
}

func someReturns(ok bool) error {
	ctx, cancel := context.WithCancel(context.Background())
	if !ok {
		return fmt.Errorf("no")
	}
	defer cancel()
	fmt.Println(ctx)
	return nil
}

func fallsOff() {
	ctx, cancel := context.WithDeadline(context.Background(), time.Now())
	fmt.Println(ctx)
	if false {
		cancel()
	}
}

func neverUsed() {
	var ctx, cancel = context.WithCancel(context.Background())
	fmt.Println(ctx)
	if ctx == nil {
		fmt.Println(cancel)
	}
}

func assigned(ok bool) context.Context {
	var cancel context.CancelFunc
	ctx := context.Background()
	ctx, cancel = context.WithTimeout(ctx, time.Second)
	for i := 0; i < 3; i++ {
		if i == 2 {
			return ctx
		}
	}
	cancel()
	return ctx
}

func lit() {
	f := func() {
		_, cancel := context.WithCancel(context.Background())
		fmt.Println("x")
		_ = 1
		if cancel == nil {
			return
		}
	}
	f()
}

func main() {
	ctx, _ := context.WithCancel(context.Background())
	ctx2, cancel := context.WithCancel(ctx)
	fmt.Println(ctx2)
	discard()
	someReturns(true)
	fallsOff()
	neverUsed()
	assigned(true)
	lit()
	_ = cancel
}

// Stderr: /lostcancel_fires\.mg:13:7: the cancel function returned by context\.WithTimeout should be called, not discarded, to avoid a context leak$
// Stderr: /lostcancel_fires\.mg:18:2: the cancel function is not used on all paths \(possible context leak\)$
// Stderr: /lostcancel_fires\.mg:20:3: this return statement may be reached without using the cancel var defined on line 18$
// Stderr: /lostcancel_fires\.mg:28:2: the cancel function is not used on all paths \(possible context leak\)$
// Stderr: /lostcancel_fires\.mg:33:1: this return statement may be reached without using the cancel var defined on line 28$
// Stderr: /lostcancel_fires\.mg:36:6: the cancel function is not used on all paths \(possible context leak\)$
// Stderr: /lostcancel_fires\.mg:41:1: this return statement may be reached without using the cancel var defined on line 36$
// Stderr: /lostcancel_fires\.mg:46:2: the cancel function is not used on all paths \(possible context leak\)$
// Stderr: /lostcancel_fires\.mg:49:4: this return statement may be reached without using the cancel var defined on line 46$
// Stderr: /lostcancel_fires\.mg:69:7: the cancel function returned by context\.WithCancel should be called, not discarded, to avoid a context leak$
// Exit: 1
