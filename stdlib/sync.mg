// Package sync: Mutex, RWMutex, WaitGroup, Once, Cond, Map and Pool, modelled
// on Go's own algorithms. The atomics come from sync/atomic; waiting goes
// through the runtime semaphores (bodyless runtime_* functions, natives in
// stdlib/sync.c), each of which names the wait reason a goroutine dump shows.
// A semaphore field is a uint32 that fills its own word.
package sync

import "sync/atomic"

func runtime_SemacquireRWMutex(s *uint32)
func runtime_SemacquireWaitGroup(s *uint32)
func runtime_SemacquireCond(s *uint32)
func runtime_Semrelease(s *uint32, handoff bool)
func fatal(s string)

// The atomics of RWMutex and WaitGroup, with -race's happens-before edges as Go
// annotates these types (stdlib/sync.c); plain atomics otherwise. One native
// replaces each atomic call, so a run without -race schedules as before.
func rwAddReaders(rw *RWMutex, delta int32) int32
func rwAddWait(rw *RWMutex, delta int32) int32
func rwTryRLock(rw *RWMutex, c int32) bool
func rwTryLock(rw *RWMutex) bool
func wgAdd(wg *WaitGroup, delta uint64) uint64
func wgLoad(wg *WaitGroup) uint64
func wgCAS(wg *WaitGroup, old, new uint64) bool
func wgStore(wg *WaitGroup, v uint64)

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
// Go's algorithm: a CAS fast path, then a short spin while another P holds
// the lock, then a wait on the semaphore with a starvation mode (waiters
// older than 1ms get the lock handed over, in FIFO order).
type Mutex struct {
	state int32
	sema  uint32
}

// The state bits; stdlib/sync_mutex.c has the whole layout.
const (
	mutexLocked   = 1
	mutexStarving = 4
)

// Lock locks m. If the lock is already in use, the calling goroutine blocks
// until the mutex is available. Native (stdlib/sync_mutex.c).
func (m *Mutex) Lock()

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	old := atomic.LoadInt32(&m.state)
	if old&(mutexLocked|mutexStarving) != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked)
}

// Unlock unlocks m. It is a run-time error if m is not locked on entry.
// It never blocks, so all of it is native (stdlib/sync_mutex.c).
func (m *Mutex) Unlock()

// A RWMutex is a reader/writer mutual exclusion lock (Go's algorithm: a
// pending writer makes readerCount negative, so new readers wait behind it).
// RLock and RUnlock are native: stdlib/sync_mutex.c reads these fields by
// their word positions, so keep the order.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

const rwmutexMaxReaders = 1 << 30

// RLock locks rw for reading. Native, like RUnlock (stdlib/sync_mutex.c):
// readers take these in their hot loops.
func (rw *RWMutex) RLock()

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	for {
		c := atomic.LoadInt32(&rw.readerCount)
		if c < 0 {
			return false
		}
		if rwTryRLock(rw, c) {
			return true
		}
	}
}

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock()

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	r := rwAddReaders(rw, -rwmutexMaxReaders) + rwmutexMaxReaders
	if r != 0 && rwAddWait(rw, r) != 0 {
		runtime_SemacquireRWMutex(&rw.writerSem)
	}
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !rwTryLock(rw) {
		rw.w.Unlock()
		return false
	}
	return true
}

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock() {
	r := rwAddReaders(rw, rwmutexMaxReaders)
	if r >= rwmutexMaxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	for i := 0; i < int(r); i++ {
		runtime_Semrelease(&rw.readerSem, false)
	}
	rw.w.Unlock()
}

// RLocker returns a Locker that calls rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return &rlocker{rw}
}

type rlocker struct{ rw *RWMutex }

func (r *rlocker) Lock()   { r.rw.RLock() }
func (r *rlocker) Unlock() { r.rw.RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish. state holds
// the counter in its high 32 bits and the number of waiters in the low 32.
type WaitGroup struct {
	state atomic.Uint64
	sema  uint32
}

// Add adds delta, which may be negative, to the WaitGroup counter.
func (wg *WaitGroup) Add(delta int) {
	state := wgAdd(wg, uint64(delta)<<32)
	v := int32(state >> 32)
	w := uint32(state)
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if w != 0 && delta > 0 && v == int32(delta) {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if v > 0 || w == 0 {
		return
	}
	// The counter is 0 and there are waiters: wake them all.
	if wgLoad(wg) != state {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	wgStore(wg, 0)
	for ; w != 0; w-- {
		runtime_Semrelease(&wg.sema, false)
	}
}

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() {
	for {
		state := wgLoad(wg)
		if int32(state>>32) == 0 {
			return
		}
		if wgCAS(wg, state, state+1) {
			runtime_SemacquireWaitGroup(&wg.sema)
			if wgLoad(wg) != 0 {
				panic("sync: WaitGroup is reused before previous Wait has returned")
			}
			return
		}
	}
}

// Go calls f in a new goroutine and adds that task to the WaitGroup.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

// Once is an object that will perform exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time for this
// instance of Once. Concurrent callers wait until the first f returns; a
// panicking f still counts as done.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer atomic.StoreUint32(&o.done, 1)
		f()
	}
}

// Cond implements a condition variable. Each waiter waits on its own
// semaphore, queued in FIFO order (Go's notifyList in spirit).
type Cond struct {
	L       Locker
	mu      Mutex
	waiters []*uint32
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends the calling goroutine; it locks
// c.L again before returning.
func (c *Cond) Wait() {
	s := new(uint32)
	c.mu.Lock()
	c.waiters = append(c.waiters, s)
	c.mu.Unlock()
	c.L.Unlock()
	runtime_SemacquireCond(s)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	c.mu.Lock()
	if len(c.waiters) == 0 {
		c.mu.Unlock()
		return
	}
	s := c.waiters[0]
	c.waiters[0] = nil
	c.waiters = c.waiters[1:]
	if len(c.waiters) == 0 {
		c.waiters = nil
	}
	c.mu.Unlock()
	runtime_Semrelease(s, false)
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.mu.Lock()
	ws := c.waiters
	c.waiters = nil
	c.mu.Unlock()
	for _, s := range ws {
		runtime_Semrelease(s, false)
	}
}

// Map is a map safe for concurrent use (a Mutex around a map[any]any).
type Map struct {
	mu Mutex
	m  map[any]any
}

// Load returns the value stored in the map for a key, or nil if no value is
// present. The ok result indicates whether value was found in the map.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.m[key]
	m.mu.Unlock()
	return value, ok
}

// Store sets the value for a key.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	m.mu.Unlock()
}

// LoadOrStore returns the existing value for the key if present. Otherwise,
// it stores and returns the given value. The loaded result is true if the
// value was loaded, false if stored.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return value, false
}

// LoadAndDelete deletes the value for a key, returning the previous value if
// any. The loaded result reports whether the key was present.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	value, loaded = m.m[key]
	delete(m.m, key)
	m.mu.Unlock()
	return value, loaded
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) {
	m.mu.Lock()
	delete(m.m, key)
	m.mu.Unlock()
}

// Swap swaps the value for a key and returns the previous value if any.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	if m.m == nil {
		m.m = make(map[any]any)
	}
	previous, loaded = m.m[key]
	m.m[key] = value
	m.mu.Unlock()
	return previous, loaded
}

// CompareAndSwap swaps the old and new values for key if the value stored in
// the map is equal to old.
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	m.m[key] = new
	return true
}

// CompareAndDelete deletes the entry for key if its value is equal to old.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	delete(m.m, key)
	return true
}

// Range calls f sequentially for each key and value present in the map. If f
// returns false, range stops the iteration. f runs without the lock held (it
// may call the Map's methods) over a snapshot taken when Range began.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	vals := make([]any, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		vals = append(vals, v)
	}
	m.mu.Unlock()
	for i := range keys {
		if !f(keys[i], vals[i]) {
			break
		}
	}
}

// Clear deletes all the entries.
func (m *Map) Clear() {
	m.mu.Lock()
	m.m = nil
	m.mu.Unlock()
}

// A Pool is a set of temporary objects that may be individually saved and
// retrieved.
type Pool struct {
	New   func() any
	mu    Mutex
	items []any
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}

// Get selects an arbitrary item from the Pool, removes it from the Pool, and
// returns it to the caller; if the pool is empty it returns New() (or nil).
func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}
