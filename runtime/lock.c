/* lock.c - the contended half of rt_lock (lock.h): spin while the holder runs,
 * then sleep on the futex word. A sleeper marks the word 2 so the releaser knows
 * to wake it; a woken thread takes the lock as 2 again, since others may sleep.
 * A signal (the GC stopping the world) may end a futex wait early: the loop just
 * looks again.
 */
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "lock.h"
#include "sched.h"

/* About as long as a channel operation holds its lock, a few times over. */
#define RT_LOCK_SPINS 64

void rt_lock_wait(rt_lock *l) {
    for (int i = 0; i < RT_LOCK_SPINS; i++) {
        rt_cpu_relax();
        uint32_t free = 0;
        if (atomic_load_explicit(&l->state, memory_order_relaxed) == 0 &&
            atomic_compare_exchange_weak_explicit(&l->state, &free, 1, memory_order_acquire,
                                                  memory_order_relaxed))
            return;
    }
    while (atomic_exchange_explicit(&l->state, 2, memory_order_acquire) != 0)
        syscall(SYS_futex, &l->state, FUTEX_WAIT_PRIVATE, 2, NULL, NULL, 0);
}

void rt_lock_wake(rt_lock *l) {
    syscall(SYS_futex, &l->state, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}
