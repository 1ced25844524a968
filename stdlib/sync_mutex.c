/* sync_mutex.c - sync.Mutex's Lock and Unlock and RWMutex's RLock and RUnlock in C:
 * Go's algorithms (sync/mutex.go, sync/rwmutex.go) for Mutex,
 * a CAS fast path, then a CAS loop over the state word with spinning, a semaphore
 * wait and starvation mode. Native because, interpreted, the locking costs more
 * than the critical sections it guards.
 *
 * State word (an int32, normalised in its 64-bit word like every integer):
 *   bit 0 locked, bit 1 woken (a waiter is awake; Unlock need not wake another),
 *   bit 2 starving (ownership passes straight to the oldest waiter), bits 3+ the
 *   number of waiters parked on the semaphore, the struct's second word.
 *
 * A native cannot stay on the C stack while its goroutine is parked, so a Lock
 * that must wait queues the goroutine on the semaphore and parks asking to be
 * called again once woken (mg_native_park_retry), with the waiter's memory (when
 * it began to wait, whether it is starving) as the retry state; the second call
 * carries on from the wake-up.
 */
#include "sync_internal.h"

#define SEQ __ATOMIC_SEQ_CST

enum {
    MUTEX_LOCKED = 1,
    MUTEX_WOKEN = 2,
    MUTEX_STARVING = 4,
    MUTEX_WAITER_SHIFT = 3,
    MUTEX_WAITER = 1 << MUTEX_WAITER_SHIFT,
};

/* A waiter that waited longer than this switches the mutex to starvation mode. */
#define STARVATION_THRESHOLD_NS 1000000

typedef struct mutex_words {
    uint64_t state; /* int32, sign-extended */
    uint64_t sema;  /* uint32 semaphore count */
} mutex_words;

static int32_t load_state(mutex_words *m) {
    return (int32_t)__atomic_load_n(&m->state, SEQ);
}

static bool cas_state(mutex_words *m, int32_t old, int32_t next) {
    uint64_t expected = (uint64_t)(int64_t)old;
    return __atomic_compare_exchange_n(&m->state, &expected, (uint64_t)(int64_t)next, false, SEQ,
                                       SEQ);
}

/* Adds to an int32 in its word, wrapping at 32 bits; returns the new value. */
static int32_t add_int32(uint64_t *w, int32_t delta) {
    uint64_t old = __atomic_load_n(w, SEQ), next;
    do
        next = (uint64_t)(int64_t)(int32_t)((uint32_t)old + (uint32_t)delta);
    while (!__atomic_compare_exchange_n(w, &old, next, false, SEQ, SEQ));
    return (int32_t)next;
}

static int32_t add_state(mutex_words *m, int32_t delta) {
    return add_int32(&m->state, delta);
}

/* Go's sync_runtime_doSpin: a short busy wait that keeps the core. */
static void spin_pause(void) {
    for (int i = 0; i < 30; i++)
        rt_cpu_relax();
}

/* The waiter's memory across a park: when it began to wait (never 0: the monotonic
 * clock counts from boot) and whether it is starving. Never 0 itself. */
static int64_t waiter_encode(int64_t wait_start, bool starving) {
    return wait_start * 2 + starving;
}

/* Takes over a starving mutex whose ownership the releaser handed to us; the state
 * still counts us as a waiter. Leaves starvation mode when we were the last waiter
 * or did not wait long. */
static void take_handoff(mg_ncall *c, mutex_words *m, int32_t old, bool starving) {
    if ((old & (MUTEX_LOCKED | MUTEX_WOKEN)) != 0 || old >> MUTEX_WAITER_SHIFT == 0) {
        mg_native_fatal(c, "sync: inconsistent mutex state");
        return;
    }
    int32_t delta = MUTEX_LOCKED - MUTEX_WAITER;
    if (!starving || old >> MUTEX_WAITER_SHIFT == 1) delta -= MUTEX_STARVING;
    add_state(m, delta);
}

/* Takes the mutex if it is free and not promised to a starving waiter. */
static bool mutex_try_barge(void *arg) {
    mutex_words *m = arg;
    int32_t old = load_state(m);
    return (old & (MUTEX_LOCKED | MUTEX_STARVING)) == 0 && cas_state(m, old, old | MUTEX_LOCKED);
}

static void n_mutex_lock(mg_ncall *c, mg_word *args, mg_word *res);

/* Lock's work; true when the caller holds m on return (false: it parked or failed). */
static bool mutex_lock(mg_ncall *c, mg_word *args) {
    mutex_words *m = args[0].p;
    if (!m) {
        mg_native_nil_deref(c);
        return false;
    }
    int64_t w = mg_native_retry_state(c);
    if (w == 0 && cas_state(m, 0, MUTEX_LOCKED)) return true; /* uncontended */
    rt_sched *s = mg_ncall_sched(c);
    rt_g *self = mg_ncall_rtg(c);
    if (mg_native_in_callback(c)) { /* cannot park: take it when it is free (no queueing) */
        rt_poll_wait(s, self, mutex_try_barge, m);
        return true;
    }
    int64_t wait_start = w / 2;
    bool starving = w & 1, awoke = false;
    int32_t old;
    int iter = 0;
    if (w != 0) goto woken; /* the semaphore woke us after this Lock parked */
    old = load_state(m);
    for (;;) {
        /* Locked, not starving: spin a little if another P is likely to unlock soon,
         * telling Unlock (woken bit) not to wake a parked waiter meanwhile. */
        if ((old & (MUTEX_LOCKED | MUTEX_STARVING)) == MUTEX_LOCKED && rt_can_spin(s, self, iter)) {
            if (!awoke && (old & MUTEX_WOKEN) == 0 && old >> MUTEX_WAITER_SHIFT != 0 &&
                cas_state(m, old, old | MUTEX_WOKEN))
                awoke = true;
            spin_pause();
            iter++;
            old = load_state(m);
            continue;
        }
        int32_t next = old;
        if ((old & MUTEX_STARVING) == 0) next |= MUTEX_LOCKED; /* never barge a starving mutex */
        if ((old & (MUTEX_LOCKED | MUTEX_STARVING)) != 0) next += MUTEX_WAITER;
        if (starving && (old & MUTEX_LOCKED) != 0) next |= MUTEX_STARVING;
        if (awoke) {
            if ((next & MUTEX_WOKEN) == 0) {
                mg_native_fatal(c, "sync: inconsistent mutex state");
                return false;
            }
            next &= ~MUTEX_WOKEN;
        }
        if (!cas_state(m, old, next)) {
            old = load_state(m);
            continue;
        }
        if ((old & (MUTEX_LOCKED | MUTEX_STARVING)) == 0) return true; /* locked with the CAS */
        /* Queued as a waiter: a goroutine that already waited goes to the front. */
        bool lifo = wait_start != 0;
        if (wait_start == 0) wait_start = rt_nanotime();
        if (rt_semacquire(s, self, &m->sema, RT_WAIT_SYNC_MUTEX_LOCK, lifo) == RT_PARK) {
            mg_native_park_retry(c, n_mutex_lock, args, 1, waiter_encode(wait_start, starving));
            return false;
        }
    woken:
        starving = starving || rt_nanotime() - wait_start > STARVATION_THRESHOLD_NS;
        old = load_state(m);
        if ((old & MUTEX_STARVING) != 0) {
            take_handoff(c, m, old, starving);
            return true;
        }
        awoke = true;
        iter = 0;
    }
}

/* func (m *Mutex) Lock(); -race: Unlock -> Lock, by the mutex's address */
static void n_mutex_lock(mg_ncall *c, mg_word *args, mg_word *res) {
    if (mutex_lock(c, args)) {
        rt_race_g *rg = mg_ncall_rtg(c)->race;
        if (rg) rt_race_acquire(rg, args[0].p);
    }
}

/* Unlock's contended half; `next` is the state after clearing the locked bit. */
static void unlock_slow(mg_ncall *c, mutex_words *m, int32_t next) {
    if (((next + MUTEX_LOCKED) & MUTEX_LOCKED) == 0) {
        mg_native_fatal(c, "sync: unlock of unlocked mutex");
        return;
    }
    rt_sched *s = mg_ncall_sched(c);
    if ((next & MUTEX_STARVING) != 0) {
        /* hand ownership to the first waiter; it finds MUTEX_STARVING set */
        rt_semrelease(s, &m->sema);
        return;
    }
    int32_t old = next;
    for (;;) {
        /* no waiters, or someone already locked, woke or will take it over */
        if (old >> MUTEX_WAITER_SHIFT == 0 ||
            (old & (MUTEX_LOCKED | MUTEX_WOKEN | MUTEX_STARVING)) != 0)
            return;
        if (cas_state(m, old, (old - MUTEX_WAITER) | MUTEX_WOKEN)) {
            rt_semrelease(s, &m->sema);
            return;
        }
        old = load_state(m);
    }
}

/* func (m *Mutex) Unlock(): never blocks, so all of it is native. */
static void n_mutex_unlock(mg_ncall *c, mg_word *args, mg_word *res) {
    mutex_words *m = args[0].p;
    if (!m) {
        mg_native_nil_deref(c);
        return;
    }
    rt_race_g *rg = mg_ncall_rtg(c)->race;
    if (rg) rt_race_release(rg, m); /* before another Lock can succeed */
    int32_t next = add_state(m, -MUTEX_LOCKED);
    if (next != 0) unlock_slow(c, m, next);
}

/* ---------- RWMutex's reader side ----------
 * Words of a RWMutex (stdlib/sync.mg): w (a Mutex, 2 words), writerSem, readerSem,
 * readerCount, readerWait. A pending writer subtracts RWMUTEX_MAX_READERS from
 * readerCount, so a reader that sees it negative waits on readerSem; the writer
 * waits on writerSem until the readerWait readers ahead of it have left. */
enum { RW_WRITER_SEM = 2, RW_READER_SEM, RW_READER_COUNT, RW_READER_WAIT };
#define RWMUTEX_MAX_READERS (1 << 30)

/* func (rw *RWMutex) RLock(): the writer's Unlock hands each waiting reader its
 * semaphore unit, so a woken reader holds the read lock. */
static void n_rw_rlock(mg_ncall *c, mg_word *args, mg_word *res) {
    uint64_t *rw = args[0].p;
    if (!rw) {
        mg_native_nil_deref(c);
        return;
    }
    rt_race_g *rg = mg_ncall_rtg(c)->race;
    /* -race: a writer's Unlock released into readerSem (stdlib/sync.mg); a reader that
     * had to wait is called again once woken (retry state 1) to acquire it */
    if (mg_native_retry_state(c) == 1 || add_int32(&rw[RW_READER_COUNT], 1) >= 0) {
        if (rg) rt_race_acquire(rg, &rw[RW_READER_SEM]);
        return;
    }
    if (!rg) {
        sync_sem_acquire(c, &rw[RW_READER_SEM], RT_WAIT_SYNC_RWMUTEX_RLOCK);
        return;
    }
    rt_sched *s = mg_ncall_sched(c);
    rt_g *self = mg_ncall_rtg(c);
    if (mg_native_in_callback(c))
        rt_poll_wait(s, self, sync_sem_ready, &rw[RW_READER_SEM]);
    else if (rt_semacquire(s, self, &rw[RW_READER_SEM], RT_WAIT_SYNC_RWMUTEX_RLOCK, false) ==
             RT_PARK) {
        mg_native_park_retry(c, n_rw_rlock, args, 1, 1);
        return;
    }
    rt_race_acquire(rg, &rw[RW_READER_SEM]);
}

/* func (rw *RWMutex) RUnlock() */
static void n_rw_runlock(mg_ncall *c, mg_word *args, mg_word *res) {
    uint64_t *rw = args[0].p;
    if (!rw) {
        mg_native_nil_deref(c);
        return;
    }
    rt_race_g *rg = mg_ncall_rtg(c)->race;
    if (rg) rt_race_release(rg, &rw[RW_WRITER_SEM]); /* RUnlock -> the next Lock */
    int32_t r = add_int32(&rw[RW_READER_COUNT], -1);
    if (r >= 0) return;
    if (r + 1 == 0 || r + 1 == -RWMUTEX_MAX_READERS) {
        mg_native_fatal(c, "sync: RUnlock of unlocked RWMutex");
        return;
    }
    /* a writer waits: the last reader ahead of it lets it in */
    if (add_int32(&rw[RW_READER_WAIT], -1) == 0)
        rt_semrelease(mg_ncall_sched(c), &rw[RW_WRITER_SEM]);
}

/* ---------- RWMutex's writer-side atomics (stdlib/sync.mg) ----------
 * Under -race, as Go annotates RWMutex: Unlock releases into readerSem's clock
 * (the RLocks after acquire it), Lock and TryLock acquire writerSem's (every
 * RUnlock before released into it); readerCount itself makes no edge, so readers do
 * not order each other. */

/* rwAddReaders(rw, delta) int32: Lock (delta < 0) and Unlock (delta > 0) */
static void n_rw_add_readers(mg_ncall *c, mg_word *args, mg_word *res) {
    uint64_t *rw = args[0].p;
    int32_t delta = (int32_t)args[1].i;
    rt_race_g *rg = mg_ncall_rtg(c)->race;
    if (rg && delta > 0) rt_race_release(rg, &rw[RW_READER_SEM]);
    res[0].i = add_int32(&rw[RW_READER_COUNT], delta);
    if (rg && delta < 0) rt_race_acquire(rg, &rw[RW_WRITER_SEM]);
}

/* rwAddWait(rw, delta) int32: Lock counts the readers ahead of it; when they have all
 * left already (0), their RUnlocks happened before this: acquire them here */
static void n_rw_add_wait(mg_ncall *c, mg_word *args, mg_word *res) {
    uint64_t *rw = args[0].p;
    res[0].i = add_int32(&rw[RW_READER_WAIT], (int32_t)args[1].i);
    rt_race_g *rg = mg_ncall_rtg(c)->race;
    if (rg) rt_race_acquire(rg, &rw[RW_WRITER_SEM]);
}

static bool cas_int32(uint64_t *w, int32_t old, int32_t next) {
    uint64_t expected = (uint64_t)(int64_t)old;
    return __atomic_compare_exchange_n(w, &expected, (uint64_t)(int64_t)next, false, SEQ, SEQ);
}

/* rwTryRLock(rw, c) bool: readerCount c -> c+1 */
static void n_rw_try_rlock(mg_ncall *c, mg_word *args, mg_word *res) {
    uint64_t *rw = args[0].p;
    int32_t n = (int32_t)args[1].i;
    res[0].u = cas_int32(&rw[RW_READER_COUNT], n, n + 1);
    rt_race_g *rg = mg_ncall_rtg(c)->race;
    if (rg && res[0].u) rt_race_acquire(rg, &rw[RW_READER_SEM]);
}

/* rwTryLock(rw) bool: readerCount 0 -> -rwmutexMaxReaders */
static void n_rw_try_lock(mg_ncall *c, mg_word *args, mg_word *res) {
    uint64_t *rw = args[0].p;
    res[0].u = cas_int32(&rw[RW_READER_COUNT], 0, -RWMUTEX_MAX_READERS);
    rt_race_g *rg = mg_ncall_rtg(c)->race;
    if (rg && res[0].u) rt_race_acquire(rg, &rw[RW_WRITER_SEM]);
}

const mg_native_entry mg_natives_sync_mutex[] = {
    // clang-format off
    {"sync.Mutex.Lock", n_mutex_lock},
    {"sync.Mutex.Unlock", n_mutex_unlock},
    {"sync.RWMutex.RLock", n_rw_rlock},
    {"sync.RWMutex.RUnlock", n_rw_runlock},
    {"sync.rwAddReaders", n_rw_add_readers},
    {"sync.rwAddWait", n_rw_add_wait},
    {"sync.rwTryRLock", n_rw_try_rlock},
    {"sync.rwTryLock", n_rw_try_lock},
    {NULL, NULL},
    // clang-format on
};
