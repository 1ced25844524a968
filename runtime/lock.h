/* lock.h - rt_lock, the runtime's lock for short critical sections (a channel's
 * state): one futex word, taken with a CAS when free, after a short spin when
 * held (the holder is on another CPU for a few instructions), and slept on only
 * when the spin fails (Drepper's three-state futex mutex, Go's lock_futex.go).
 *
 * States: 0 free, 1 held, 2 held and someone may sleep on it (the releaser must
 * wake one). Acquire and release are acquire/release atomics, which is what
 * ThreadSanitizer needs to see the ordering.
 */
#ifndef RT_LOCK_H
#define RT_LOCK_H

#include <stdatomic.h>
#include <stdint.h>

typedef struct rt_lock {
    _Atomic uint32_t state;
} rt_lock;

void rt_lock_wait(rt_lock *l); /* lock.c: the contended path */
void rt_lock_wake(rt_lock *l);

static inline void rt_lock_init(rt_lock *l) {
    atomic_store_explicit(&l->state, 0, memory_order_relaxed);
}

static inline void rt_lock_acquire(rt_lock *l) {
    uint32_t free = 0;
    if (__builtin_expect(atomic_compare_exchange_strong_explicit(
                             &l->state, &free, 1, memory_order_acquire, memory_order_relaxed),
                         1))
        return;
    rt_lock_wait(l);
}

static inline void rt_lock_release(rt_lock *l) {
    if (__builtin_expect(atomic_exchange_explicit(&l->state, 0, memory_order_release) == 2, 0))
        rt_lock_wake(l);
}

#endif
