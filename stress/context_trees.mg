package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// Context cancellation trees: cancelling an inner node cancels exactly its
// subtree; a deadline at the root reaches every leaf; goroutines waiting on
// Done all wake up.

type node struct {
	ctx      context.Context
	cancel   context.CancelFunc
	children []*node
}

func build(parent context.Context, depth, fan int, count *int) *node {
	ctx, cancel := context.WithCancel(context.WithValue(parent, depthKey{}, depth))
	*count++
	n := &node{ctx: ctx, cancel: cancel}
	if depth > 0 {
		for i := 0; i < fan; i++ {
			n.children = append(n.children, build(ctx, depth-1, fan, count))
		}
	}
	return n
}

type depthKey struct{}

func countCanceled(n *node) (canceled, total int) {
	total = 1
	if n.ctx.Err() == context.Canceled {
		canceled = 1
	}
	for _, c := range n.children {
		a, b := countCanceled(c)
		canceled += a
		total += b
	}
	return
}

func waiters(n *node, wg *sync.WaitGroup, woke *int64) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		<-n.ctx.Done()
		atomic.AddInt64(woke, 1)
	}()
	for _, c := range n.children {
		waiters(c, wg, woke)
	}
}

func main() {
	count := 0
	root := build(context.Background(), 5, 4, &count) // 1365 nodes
	var wg sync.WaitGroup
	var woke int64
	waiters(root, &wg, &woke)

	// Cancel one grandchild subtree: 1+4+16+64 = 85 nodes.
	root.children[1].children[2].cancel()
	for t0 := time.Now(); atomic.LoadInt64(&woke) < 85 && time.Since(t0) < 5*time.Second; {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(10 * time.Millisecond) // no other waiter may wake
	c, t := countCanceled(root)
	fmt.Println("nodes", t, "canceled", c, "woke", atomic.LoadInt64(&woke))
	fmt.Println(root.children[1].children[2].children[3].ctx.Value(depthKey{}))

	// Cancelling concurrently from many goroutines is safe and idempotent.
	var cw sync.WaitGroup
	for i := 0; i < 100; i++ {
		cw.Add(1)
		go func(i int) {
			defer cw.Done()
			root.children[i%4].cancel()
		}(i)
	}
	cw.Wait()
	c, t = countCanceled(root)
	fmt.Println("after children:", c, "of", t)
	root.cancel()
	wg.Wait()
	c, t = countCanceled(root)
	fmt.Println("after root:", c, "of", t, "woke", woke)

	// A deadline on the root of a fresh tree reaches every leaf.
	count = 0
	dctx, dcancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer dcancel()
	tree := build(dctx, 4, 5, &count)
	var leaves sync.WaitGroup
	var deadlineErrs int64
	var visit func(n *node)
	visit = func(n *node) {
		if len(n.children) == 0 {
			leaves.Add(1)
			go func() {
				defer leaves.Done()
				select {
				case <-n.ctx.Done():
					if n.ctx.Err() == context.DeadlineExceeded {
						atomic.AddInt64(&deadlineErrs, 1)
					}
				case <-time.After(5 * time.Second):
				}
			}()
		}
		for _, c := range n.children {
			visit(c)
		}
	}
	visit(tree)
	leaves.Wait()
	fmt.Println("deadline leaves:", deadlineErrs, "nodes", count, tree.ctx.Err())
	_, hasDeadline := tree.children[0].ctx.Deadline()
	fmt.Println("inherited deadline:", hasDeadline)
}

// Timeout: 30
// Output:
// nodes 1365 canceled 85 woke 85
// 2
// after children: 1364 of 1365
// after root: 1365 of 1365 woke 1365
// deadline leaves: 625 nodes 781 context deadline exceeded
// inherited deadline: true
