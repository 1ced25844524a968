// errgroup.WithContext: the first error cancels the others; the zero Group keeps the first error.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

var errFetch = errors.New("fetch failed")

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	var mu sync.Mutex
	var canceled []int
	for i := 0; i < 5; i++ {
		i := i
		g.Go(func() error {
			if i == 2 {
				time.Sleep(10 * time.Millisecond)
				return fmt.Errorf("item %d: %w", i, errFetch)
			}
			select {
			case <-ctx.Done():
				mu.Lock()
				canceled = append(canceled, i)
				mu.Unlock()
				return ctx.Err()
			case <-time.After(5 * time.Second):
				return nil
			}
		})
	}
	err := g.Wait()
	sort.Ints(canceled)
	fmt.Println(err, errors.Is(err, errFetch), canceled, ctx.Err())

	// The zero Group: no cancel, first error wins, Wait waits for all.
	var z errgroup.Group
	var done int32
	var dm sync.Mutex
	for i := 0; i < 4; i++ {
		i := i
		z.Go(func() error {
			time.Sleep(time.Duration(i*60) * time.Millisecond) // 60 ms apart: e1 surely first, even under load
			dm.Lock()
			done++
			dm.Unlock()
			if i >= 1 {
				return fmt.Errorf("e%d", i)
			}
			return nil
		})
	}
	fmt.Println(z.Wait(), done)

	var ok errgroup.Group
	ok.Go(func() error { return nil })
	fmt.Println(ok.Wait())
}

// Output:
// item 2: fetch failed true [0 1 3 4] context canceled
// e1 4
// <nil>
