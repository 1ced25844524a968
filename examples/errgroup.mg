// errgroup: golang.org/x/sync/errgroup's Group written with the standard
// library — Go runs a task in a goroutine, Wait waits for all of them and
// returns the first error, and the group's context is cancelled as soon as a
// task fails, so the other tasks stop early.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type Group struct {
	wg     sync.WaitGroup
	once   sync.Once
	err    error
	cancel context.CancelFunc
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

func fetch(ctx context.Context, name string, d time.Duration, fail bool) error {
	select {
	case <-time.After(d):
		if fail {
			return fmt.Errorf("fetch %s: %w", name, errors.New("connection refused"))
		}
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	g, ctx := WithContext(context.Background())
	var mu sync.Mutex
	stopped := 0
	for _, name := range []string{"alpha", "beta", "gamma"} {
		name := name
		g.Go(func() error {
			err := fetch(ctx, name, time.Hour, false)
			if errors.Is(err, context.Canceled) {
				mu.Lock()
				stopped++
				mu.Unlock()
			}
			return err
		})
	}
	g.Go(func() error { return fetch(ctx, "delta", 10*time.Millisecond, true) })
	fmt.Println("first error:", g.Wait())
	fmt.Println("tasks stopped early:", stopped)

	var ok Group
	for i := 0; i < 3; i++ {
		ok.Go(func() error { return nil })
	}
	fmt.Println("all succeed:", ok.Wait())
}

// Output:
// first error: fetch delta: connection refused
// tasks stopped early: 3
// all succeed: <nil>
