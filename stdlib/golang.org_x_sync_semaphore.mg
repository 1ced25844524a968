// Package semaphore (import path golang.org/x/sync/semaphore): a weighted
// semaphore. Written after x/sync's semaphore.go; the FIFO list of waiters
// is a slice.
package semaphore

import (
	"context"
	"sync"
)

type waiter struct {
	n     int64
	ready chan struct{} // closed when the semaphore is acquired
}

// NewWeighted creates a new weighted semaphore with the given maximum
// combined weight for concurrent access.
func NewWeighted(n int64) *Weighted {
	return &Weighted{size: n}
}

// Weighted provides a way to bound concurrent access to a resource. The
// callers can request access with a given weight.
type Weighted struct {
	size    int64
	cur     int64
	mu      sync.Mutex
	waiters []*waiter
}

// Acquire acquires the semaphore with a weight of n, blocking until
// resources are available or ctx is done. On success, returns nil. On
// failure, returns ctx.Err() and leaves the semaphore unchanged.
func (s *Weighted) Acquire(ctx context.Context, n int64) error {
	done := ctx.Done()

	s.mu.Lock()
	select {
	case <-done:
		// ctx becoming done has "happened before" acquiring the semaphore,
		// whether it became done before the call began or while we were
		// waiting for the mutex. We prefer to fail even if we could acquire
		// the mutex without blocking.
		s.mu.Unlock()
		return ctx.Err()
	default:
	}
	if s.size-s.cur >= n && len(s.waiters) == 0 {
		// Since we hold s.mu and haven't synchronized since checking done,
		// if ctx becomes done before we return here, it becoming done must
		// have "happened concurrently" with this call - it cannot "happen
		// before" we return in this branch. So, we're ok to always acquire
		// here.
		s.cur += n
		s.mu.Unlock()
		return nil
	}

	if n > s.size {
		// Don't make other Acquire calls block on one that's doomed to fail.
		s.mu.Unlock()
		<-done
		return ctx.Err()
	}

	ready := make(chan struct{})
	w := &waiter{n: n, ready: ready}
	s.waiters = append(s.waiters, w)
	s.mu.Unlock()

	select {
	case <-done:
		s.mu.Lock()
		select {
		case <-ready:
			// Acquired the semaphore after we were canceled.
			// Pretend we didn't and put the tokens back.
			s.cur -= n
			s.notifyWaiters()
		default:
			isFront := len(s.waiters) > 0 && s.waiters[0] == w
			s.remove(w)
			// If we're at the front and there're extra tokens left, notify
			// other waiters.
			if isFront && s.size > s.cur {
				s.notifyWaiters()
			}
		}
		s.mu.Unlock()
		return ctx.Err()

	case <-ready:
		// Acquired the semaphore. Check that ctx isn't already done.
		select {
		case <-done:
			s.Release(n)
			return ctx.Err()
		default:
		}
		return nil
	}
}

// TryAcquire acquires the semaphore with a weight of n without blocking.
// On success, returns true. On failure, returns false and leaves the
// semaphore unchanged.
func (s *Weighted) TryAcquire(n int64) bool {
	s.mu.Lock()
	success := s.size-s.cur >= n && len(s.waiters) == 0
	if success {
		s.cur += n
	}
	s.mu.Unlock()
	return success
}

// Release releases the semaphore with a weight of n.
func (s *Weighted) Release(n int64) {
	s.mu.Lock()
	s.cur -= n
	if s.cur < 0 {
		s.mu.Unlock()
		panic("semaphore: released more than held")
	}
	s.notifyWaiters()
	s.mu.Unlock()
}

func (s *Weighted) remove(w *waiter) {
	for i, x := range s.waiters {
		if x == w {
			copy(s.waiters[i:], s.waiters[i+1:])
			s.waiters[len(s.waiters)-1] = nil
			s.waiters = s.waiters[:len(s.waiters)-1]
			return
		}
	}
}

func (s *Weighted) notifyWaiters() {
	for len(s.waiters) > 0 {
		w := s.waiters[0]
		if s.size-s.cur < w.n {
			// Not enough tokens for the next waiter. We could keep going
			// (to try to find a waiter with a smaller request), but under
			// load that could cause starvation for large requests; instead,
			// we leave all remaining waiters blocked.
			break
		}
		s.cur += w.n
		s.waiters[0] = nil
		s.waiters = s.waiters[1:]
		close(w.ready)
	}
}
