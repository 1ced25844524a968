// A user Context implementation and an embedding wrapper as parents of WithCancel/WithTimeout.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// A Context implementation that is not one of the package's own types: the
// context package must watch its Done channel with a goroutine.
type manualCtx struct {
	mu   sync.Mutex
	done chan struct{}
	err  error
}

func newManual() *manualCtx { return &manualCtx{done: make(chan struct{})} }

func (m *manualCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (m *manualCtx) Done() <-chan struct{}       { return m.done }
func (m *manualCtx) Err() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.err
}
func (m *manualCtx) Value(key any) any {
	if key == "who" {
		return "manual"
	}
	return nil
}
func (m *manualCtx) stop(err error) {
	m.mu.Lock()
	m.err = err
	m.mu.Unlock()
	close(m.done)
}

// An embedding wrapper that overrides Value only.
type tagCtx struct {
	context.Context
	tag string
}

func (t tagCtx) Value(k any) any {
	if k == "tag" {
		return t.tag
	}
	return t.Context.Value(k)
}

func main() {
	m := newManual()
	child, cancel := context.WithCancel(m)
	defer cancel()
	grand, gcancel := context.WithTimeout(child, time.Hour)
	defer gcancel()
	fmt.Println(grand.Value("who"), child.Err())
	m.stop(context.Canceled)
	<-grand.Done()
	fmt.Println(child.Err(), grand.Err())

	base, bcancel := context.WithCancel(context.Background())
	t := tagCtx{base, "blue"}
	sub, scancel := context.WithCancel(t)
	defer scancel()
	fmt.Println(sub.Value("tag"), sub.Value("who"))
	bcancel()
	select {
	case <-sub.Done():
		fmt.Println("sub canceled:", sub.Err())
	case <-time.After(time.Second):
		fmt.Println("sub not canceled")
	}

	// A parent that is already done cancels the child at once.
	m2 := newManual()
	m2.stop(context.DeadlineExceeded)
	c2, cancel2 := context.WithCancel(m2)
	defer cancel2()
	<-c2.Done()
	fmt.Println(c2.Err())
}

// Output:
// manual <nil>
// context canceled context canceled
// blue <nil>
// sub canceled: context canceled
// context deadline exceeded
