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

/* -race: the writer waits for the readers ahead of it; their RUnlocks released into
 * writerSem's clock, acquired once woken (the native is called again, retry state 1). */
static void n_semacquire_rwmutex(mg_ncall *c, mg_word *args, mg_word *res) {
    rt_race_g *rg = mg_ncall_rtg(c)->race;
    if (!rg) {
        sync_sem_acquire(c, args[0].p, RT_WAIT_SYNC_RWMUTEX_LOCK);
        return;
    }
    if (mg_native_retry_state(c) != 1) {
        rt_sched *s = mg_ncall_sched(c);
        rt_g *self = mg_ncall_rtg(c);
        if (mg_native_in_callback(c)) {
            rt_poll_wait(s, self, sync_sem_ready, args[0].p);
        } else if (rt_semacquire(s, self, args[0].p, RT_WAIT_SYNC_RWMUTEX_LOCK, false) == RT_PARK) {
            mg_native_park_retry(c, n_semacquire_rwmutex, args, 1, 1);
            return;
        }
    }
    rt_race_acquire(rg, args[0].p);
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

/* ---------- WaitGroup's atomics (stdlib/sync.mg) ----------
 * wg points at its words: state (counter << 32 | waiters), then sema. Under -race,
 * as Go's WaitGroup: a decrement (Done) releases into the WaitGroup's clock, a Wait
 * that sees the counter at zero acquires it, and the state word itself makes no
 * edge (Add must not order the goroutines that call Done). */
static void n_wg_add(mg_ncall *c, mg_word *args, mg_word *res) {
    uint64_t *wg = args[0].p;
    rt_race_g *rg = mg_ncall_rtg(c)->race;
    if (rg && (int64_t)args[1].u < 0) rt_race_release(rg, &wg[1]);
    res[0].u = __atomic_add_fetch(&wg[0], args[1].u, __ATOMIC_SEQ_CST);
}

static void n_wg_load(mg_ncall *c, mg_word *args, mg_word *res) {
    uint64_t *wg = args[0].p;
    res[0].u = __atomic_load_n(&wg[0], __ATOMIC_SEQ_CST);
    rt_race_g *rg = mg_ncall_rtg(c)->race;
    if (rg && res[0].u >> 32 == 0) rt_race_acquire(rg, &wg[1]);
}

static void n_wg_cas(mg_ncall *c, mg_word *args, mg_word *res) {
    uint64_t *wg = args[0].p, old = args[1].u;
    res[0].u = __atomic_compare_exchange_n(&wg[0], &old, args[2].u, false, __ATOMIC_SEQ_CST,
                                           __ATOMIC_SEQ_CST);
}

static void n_wg_store(mg_ncall *c, mg_word *args, mg_word *res) {
    uint64_t *wg = args[0].p;
    __atomic_store_n(&wg[0], args[1].u, __ATOMIC_SEQ_CST);
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
    {"sync.wgAdd", n_wg_add},
    {"sync.wgLoad", n_wg_load},
    {"sync.wgCAS", n_wg_cas},
    {"sync.wgStore", n_wg_store},
    {NULL, NULL},
};
