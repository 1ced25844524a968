/* sync_internal.h - what the natives of package sync share (sync.c, sync_mutex.c):
 * waiting on a runtime semaphore from a native. A goroutine parks (the releaser
 * hands it the unit, so no retry is needed), except inside a function that a
 * native called (fmt calling a String method that locks): that C frame cannot be
 * left, so the goroutine polls for a unit with its P handed over instead.
 */
#ifndef MG_SYNC_INTERNAL_H
#define MG_SYNC_INTERNAL_H

#include "runtime/race.h"
#include "runtime/sched.h"
#include "stdlib/natives.h"

static inline bool sync_sem_ready(void *addr) {
    return rt_semtryacquire(addr);
}

static inline void sync_sem_acquire(mg_ncall *c, uint64_t *addr, rt_wait_reason reason) {
    rt_sched *s = mg_ncall_sched(c);
    rt_g *self = mg_ncall_rtg(c);
    if (mg_native_in_callback(c))
        rt_poll_wait(s, self, sync_sem_ready, addr);
    else if (rt_semacquire(s, self, addr, reason, false) == RT_PARK)
        mg_native_park(c);
}

#endif
