/* sync.c - the natives of package sync (stdlib/sync.mg): the runtime
 * semaphores under RWMutex, WaitGroup and Cond, and fatal errors (Mutex's
 * contended paths are in sync_mutex.c).
 *
 * A semaphore is a uint32 field of a sync type; like every integer it fills a
 * whole word, so its address is the uint64_t word rt_semacquire counts in.
 * Each acquire native names its own wait reason (what a goroutine dump shows).
 * An acquire that must wait parks the goroutine (runtime/sched.h protocol):
 * rt_semacquire queued it, mg_native_park makes the interpreter return, and the
 * releaser hands the unit over before readying it, so no retry is needed.
 */
#include <string.h>

#include "sync_internal.h"

static void n_semacquire_rwmutex(mg_ncall *c, mg_word *args, mg_word *res) {
    sync_sem_acquire(c, args[0].p, RT_WAIT_SYNC_RWMUTEX_LOCK);
}

static void n_semacquire_waitgroup(mg_ncall *c, mg_word *args, mg_word *res) {
    sync_sem_acquire(c, args[0].p, RT_WAIT_SYNC_WAITGROUP_WAIT);
}

static void n_semacquire_cond(mg_ncall *c, mg_word *args, mg_word *res) {
    sync_sem_acquire(c, args[0].p, RT_WAIT_SYNC_COND_WAIT);
}

/* runtime_Semrelease(s *uint32, handoff bool): the woken waiter owns the unit (sema.c hands
 * it over); handoff only asks Go's scheduler to run it at once, which we do not need for
 * correctness, so it is ignored. */
static void n_semrelease(mg_ncall *c, mg_word *args, mg_word *res) {
    rt_semrelease(mg_ncall_sched(c), args[0].p);
}

/* raceAcquire / raceRelease(s *uint32): -race's edges of RWMutex's writer side, by the
 * address of one of its semaphores (sync_mutex.c has the reader side); nothing
 * otherwise. */
static void n_race_acquire(mg_ncall *c, mg_word *args, mg_word *res) {
    rt_race_g *rg = mg_ncall_rtg(c)->race;
    if (rg) rt_race_acquire(rg, args[0].p);
}

static void n_race_release(mg_ncall *c, mg_word *args, mg_word *res) {
    rt_race_g *rg = mg_ncall_rtg(c)->race;
    if (rg) rt_race_release(rg, args[0].p);
}

static void n_race_on(mg_ncall *c, mg_word *args, mg_word *res) {
    res[0].u = mg_ncall_rtg(c)->race != NULL;
}

/* raceDisable / raceEnable: while disabled, the goroutine's atomics make no edges. */
static void n_race_disable(mg_ncall *c, mg_word *args, mg_word *res) {
    rt_race_g *rg = mg_ncall_rtg(c)->race;
    if (rg) rg->ignore++;
}

static void n_race_enable(mg_ncall *c, mg_word *args, mg_word *res) {
    rt_race_g *rg = mg_ncall_rtg(c)->race;
    if (rg && rg->ignore > 0) rg->ignore--;
}

/* fatal(s string): Go's throw, "fatal error: s", exit status 2. */
static void n_fatal(mg_ncall *c, mg_word *args, mg_word *res) {
    char msg[256];
    size_t n = (size_t)args[1].i < sizeof msg - 1 ? (size_t)args[1].i : sizeof msg - 1;
    memcpy(msg, args[0].p, n);
    msg[n] = 0;
    mg_native_fatal(c, msg);
}

const mg_native_entry mg_natives_sync[] = {
    {"sync.runtime_SemacquireRWMutex", n_semacquire_rwmutex},
    {"sync.runtime_SemacquireWaitGroup", n_semacquire_waitgroup},
    {"sync.runtime_SemacquireCond", n_semacquire_cond},
    {"sync.runtime_Semrelease", n_semrelease},
    {"sync.fatal", n_fatal},
    {"sync.raceAcquire", n_race_acquire},
    {"sync.raceRelease", n_race_release},
    {"sync.raceOn", n_race_on},
    {"sync.raceDisable", n_race_disable},
    {"sync.raceEnable", n_race_enable},
    {NULL, NULL},
};
