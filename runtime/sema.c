/* sema.c - semaphores under sync.Mutex/RWMutex/WaitGroup/Cond (Go's sema.go).
 *
 * A semaphore is a word in GC memory holding its count. Waiters hang off one of
 * RT_SEMA_TABLE roots chosen by address; a root's list holds waiters of every
 * address that hashes there, in FIFO order per address (lifo acquirers go to the
 * front). Invariants:
 *   - root->nwait counts the root's waiters; it is raised under root->lock
 *     BEFORE the acquirer's last look at the count, and a releaser increments the
 *     count BEFORE looking at nwait (both seq_cst), so a release never misses a
 *     waiter that would not see the released unit;
 *   - a woken waiter owns a unit: the releaser takes it back from the count on the
 *     waiter's behalf (hand-off), so the woken G never retries.
 */
#include <time.h>

#include "rt_internal.h"

static rt_sema_root *root_of(rt_sched *s, uint64_t *addr) {
    return &s->sema[((uintptr_t)addr >> 3) % RT_SEMA_TABLE];
}

static bool can_acquire(uint64_t *addr) {
    uint64_t v = __atomic_load_n(addr, __ATOMIC_SEQ_CST);
    while (v > 0) {
        if (__atomic_compare_exchange_n(addr, &v, v - 1, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
            return true;
    }
    return false;
}

rt_status rt_semacquire(rt_sched *s, rt_g *self, uint64_t *addr, rt_wait_reason reason, bool lifo) {
    if (can_acquire(addr)) return RT_DONE;
    rt_sema_root *root = root_of(s, addr);
    pthread_mutex_lock(&root->lock);
    atomic_fetch_add(&root->nwait, 1);
    if (can_acquire(addr)) {
        atomic_fetch_sub(&root->nwait, 1);
        pthread_mutex_unlock(&root->lock);
        return RT_DONE;
    }
    rt_sudog *sg = &self->sudog;
    sg->g = self;
    sg->elem = addr;
    sg->c = NULL;
    sg->is_select = false;
    sg->success = false;
    rt_waitq q = {root->head, root->tail};
    if (lifo)
        rt_waitq_push_front(&q, sg);
    else
        rt_waitq_enqueue(&q, sg);
    root->head = q.first;
    root->tail = q.last;
    rt_set_parking(self, reason);
    pthread_mutex_unlock(&root->lock);
    return RT_PARK;
}

bool rt_semtryacquire(uint64_t *addr) {
    return can_acquire(addr);
}

void rt_poll_wait(rt_sched *s, rt_g *self, bool (*ready)(void *arg), void *arg) {
    if (ready(arg)) return;
    /* even under -seed: the G that will make ready() true must run meanwhile, so a
     * second M takes the P (the one place a deterministic run has two Ms) */
    rt_handoff_p(s, self);
    const struct timespec pause = {0, 20000};
    while (!ready(arg))
        nanosleep(&pause, NULL);
    rt_reacquire_p(s, self);
}

/* Go's sync_runtime_canSpin: spinning pays only if the lock holder is running on
 * another CPU right now and nothing else waits for this P; spin a few times only. */
bool rt_can_spin(rt_sched *s, rt_g *self, int iter) {
    if (iter >= 4 || s->ncpu <= 1) return false;
    if (atomic_load(&s->nprocs) <= atomic_load(&s->npidle) + atomic_load(&s->nmspinning) + 1)
        return false;
    rt_m *m = self->m;
    return m && m->p && rt_runq_empty(m->p);
}

void rt_semrelease(rt_sched *s, uint64_t *addr) {
    rt_sema_root *root = root_of(s, addr);
    __atomic_fetch_add(addr, 1, __ATOMIC_SEQ_CST);
    if (atomic_load(&root->nwait) == 0) return;
    pthread_mutex_lock(&root->lock);
    rt_sudog *sg = root->head;
    while (sg && sg->elem != addr)
        sg = sg->next;
    if (!sg || !can_acquire(addr)) { /* no waiter here, or a fast acquirer took the unit */
        pthread_mutex_unlock(&root->lock);
        return;
    }
    rt_waitq q = {root->head, root->tail};
    rt_waitq_remove(&q, sg);
    root->head = q.first;
    root->tail = q.last;
    atomic_fetch_sub(&root->nwait, 1);
    rt_g *g = sg->g;
    g->park_ok = true;
    pthread_mutex_unlock(&root->lock);
    rt_ready(s, g);
}
