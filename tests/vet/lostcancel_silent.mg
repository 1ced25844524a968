// lostcancel stays silent: defer cancel(), cancel on every path, the cancel returned
// (also as a named result with a naked return), called by a goroutine, paths that
// end in os.Exit or panic, a loop, a switch, and main.main.
package main

import (
	"context"
	"fmt"
	"os"
	"time"
)

func deferred() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	fmt.Println(ctx)
}

func allPaths(ok bool) error {
	ctx, cancel := context.WithCancel(context.Background())
	if !ok {
		cancel()
		return fmt.Errorf("no")
	}
	fmt.Println(ctx)
	cancel()
	return nil
}

func returned() (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(context.Background())
	return ctx, cancel
}

func named() (ctx context.Context, cancel context.CancelFunc) {
	ctx, cancel = context.WithCancel(context.Background())
	return
}

func passed() {
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		time.Sleep(time.Millisecond)
		cancel()
	}()
	<-ctx.Done()
}

func exits() {
	ctx, cancel := context.WithCancel(context.Background())
	if ctx == nil {
		os.Exit(1)
	}
	if ctx == nil {
		panic("x")
	}
	cancel()
}

func loop() {
	for i := 0; i < 3; i++ {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		select {
		case <-ctx.Done():
		default:
		}
		cancel()
	}
}

func sw(n int) {
	ctx, cancel := context.WithCancel(context.Background())
	switch n {
	case 1:
		cancel()
	default:
		defer cancel()
	}
	_ = ctx
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	_ = ctx
	if cancel == nil {
		return
	}
	deferred()
	allPaths(true)
	c, f := returned()
	_ = c
	f()
	named()
	passed()
	exits()
	loop()
	sw(1)
}

// Exit: 0
