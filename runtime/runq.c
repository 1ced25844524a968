/* runq.c - per-P run queues and the global run queue.
 *
 * Local queue (Go's runq): a ring of RT_RUNQ_SIZE slots plus a runnext slot.
 * Invariants:
 *   - only the owner P's M writes runqtail (store-release) and the slots between
 *     tail and head+SIZE; any M may consume by CAS on runqhead;
 *   - tail - head is in [0, SIZE];
 *   - runnext is changed only by CAS/exchange (the owner puts, stealers take); a
 *     stealer waits ~3 us before taking a running P's runnext (Go's runqgrab).
 * A full ring moves half of itself plus the new G to the global queue in one batch.
 * runnext is preferred, but at most RT_RUNNEXT_MAX times in a row, so two Gs
 * handing a value back and forth through runnext cannot starve the rest of the
 * queue (Go gets the same from time-slice inheritance).
 *
 * Global queue: a singly linked list through rt_g.schedlink under rt_sched.lock.
 */
#include <unistd.h>

#include "rt_internal.h"

static rt_g *slot_load(rt_p *p, uint32_t i) {
    return atomic_load_explicit(&p->runq[i % RT_RUNQ_SIZE], memory_order_relaxed);
}

static void slot_store(rt_p *p, uint32_t i, rt_g *g) {
    atomic_store_explicit(&p->runq[i % RT_RUNQ_SIZE], g, memory_order_relaxed);
}

/* Move half of p's ring plus g to the global queue. False if a consumer raced us. */
static bool runq_put_slow(rt_sched *s, rt_p *p, rt_g *g, uint32_t h, uint32_t t) {
    rt_g *batch[RT_RUNQ_SIZE / 2 + 1];
    uint32_t n = (t - h) / 2;
    for (uint32_t i = 0; i < n; i++)
        batch[i] = slot_load(p, h + i);
    if (!atomic_compare_exchange_strong_explicit(&p->runqhead, &h, h + n, memory_order_acq_rel,
                                                 memory_order_relaxed))
        return false;
    batch[n] = g;
    for (uint32_t i = 0; i < n; i++)
        batch[i]->schedlink = batch[i + 1];
    g->schedlink = NULL;
    pthread_mutex_lock(&s->lock);
    rt_globrunq_put_batch(s, batch[0], g, (int32_t)n + 1);
    pthread_mutex_unlock(&s->lock);
    return true;
}

void rt_runq_put(rt_sched *s, rt_p *p, rt_g *g, bool next) {
    if (next) {
        g = atomic_exchange_explicit(&p->runnext, g, memory_order_acq_rel);
        if (!g) return;
        /* the old runnext goes to the tail */
    }
    for (;;) {
        uint32_t h = atomic_load_explicit(&p->runqhead, memory_order_acquire);
        uint32_t t = atomic_load_explicit(&p->runqtail, memory_order_relaxed);
        if (t - h < RT_RUNQ_SIZE) {
            slot_store(p, t, g);
            atomic_store_explicit(&p->runqtail, t + 1, memory_order_release);
            return;
        }
        if (runq_put_slow(s, p, g, h, t)) return;
    }
}

rt_g *rt_runq_get(rt_p *p) {
    rt_g *next = atomic_load_explicit(&p->runnext, memory_order_acquire);
    bool queue_has = atomic_load_explicit(&p->runqtail, memory_order_relaxed) !=
                     atomic_load_explicit(&p->runqhead, memory_order_acquire);
    if (next && (p->runnext_streak < RT_RUNNEXT_MAX || !queue_has)) {
        if (atomic_compare_exchange_strong_explicit(&p->runnext, &next, NULL, memory_order_acq_rel,
                                                    memory_order_relaxed)) {
            p->runnext_streak++;
            return next;
        }
    }
    p->runnext_streak = 0;
    for (;;) {
        uint32_t h = atomic_load_explicit(&p->runqhead, memory_order_acquire);
        uint32_t t = atomic_load_explicit(&p->runqtail, memory_order_relaxed);
        if (t == h) break;
        rt_g *g = slot_load(p, h);
        if (atomic_compare_exchange_strong_explicit(&p->runqhead, &h, h + 1, memory_order_acq_rel,
                                                    memory_order_relaxed))
            return g;
    }
    /* the ring was empty: runnext may have been skipped for fairness or refilled */
    next = atomic_load_explicit(&p->runnext, memory_order_acquire);
    if (next && atomic_compare_exchange_strong_explicit(&p->runnext, &next, NULL,
                                                        memory_order_acq_rel, memory_order_relaxed))
        return next;
    return NULL;
}

uint32_t rt_runq_len(rt_p *p) {
    uint32_t h = atomic_load_explicit(&p->runqhead, memory_order_acquire);
    uint32_t t = atomic_load_explicit(&p->runqtail, memory_order_acquire);
    return t - h;
}

bool rt_runq_empty(rt_p *p) {
    /* tail is read first and re-checked, like Go's runqempty, so a G moving from
     * runnext to the ring is not missed */
    for (;;) {
        uint32_t h = atomic_load_explicit(&p->runqhead, memory_order_acquire);
        uint32_t t = atomic_load_explicit(&p->runqtail, memory_order_acquire);
        rt_g *next = atomic_load_explicit(&p->runnext, memory_order_acquire);
        if (atomic_load_explicit(&p->runqtail, memory_order_acquire) == t)
            return h == t && next == NULL;
    }
}

/* Copy half of victim's ring into p's ring (unpublished, starting at p's tail). */
static uint32_t runq_grab(rt_p *victim, rt_p *p, uint32_t ptail, bool steal_runnext) {
    for (;;) {
        uint32_t h = atomic_load_explicit(&victim->runqhead, memory_order_acquire);
        uint32_t t = atomic_load_explicit(&victim->runqtail, memory_order_acquire);
        uint32_t n = t - h;
        n = n - n / 2;
        if (n == 0) {
            if (steal_runnext) {
                rt_g *next = atomic_load_explicit(&victim->runnext, memory_order_acquire);
                if (!next) return 0;
                /* Go's runqgrab: a running victim has probably just readied this G and
                 * is about to park or yield and run it itself. Let it: stealing now
                 * would move the G to another thread, and a racy program's usual
                 * outcome with it. usleep(3) is what Go does; under Linux's timer
                 * slack it sleeps some 50 us, as Go's does. */
                if (atomic_load_explicit(&victim->status, memory_order_relaxed) == RT_P_RUNNING) {
                    usleep(3);
                    if (atomic_load_explicit(&victim->runnext, memory_order_acquire) != next)
                        continue; /* it ran it, or queued another: look again */
                }
                if (!atomic_compare_exchange_strong_explicit(
                        &victim->runnext, &next, NULL, memory_order_acq_rel, memory_order_relaxed))
                    continue; /* the victim ran it, or moved it to its ring: look again */
                slot_store(p, ptail, next);
                return 1;
            }
            return 0;
        }
        if (n > RT_RUNQ_SIZE / 2) continue; /* inconsistent h/t snapshot: retry */
        for (uint32_t i = 0; i < n; i++)
            slot_store(p, ptail + i, slot_load(victim, h + i));
        if (atomic_compare_exchange_strong_explicit(&victim->runqhead, &h, h + n,
                                                    memory_order_acq_rel, memory_order_relaxed))
            return n;
    }
}

rt_g *rt_runq_steal(rt_p *p, rt_p *victim, bool steal_runnext) {
    uint32_t t = atomic_load_explicit(&p->runqtail, memory_order_relaxed);
    uint32_t n = runq_grab(victim, p, t, steal_runnext);
    if (n == 0) return NULL;
    n--;
    rt_g *g = slot_load(p, t + n);
    if (n) atomic_store_explicit(&p->runqtail, t + n, memory_order_release);
    return g;
}

void rt_globrunq_put(rt_sched *s, rt_g *g) {
    g->schedlink = NULL;
    rt_globrunq_put_batch(s, g, g, 1);
}

void rt_globrunq_put_batch(rt_sched *s, rt_g *head, rt_g *tail, int32_t n) {
    tail->schedlink = NULL;
    if (s->runq_tail)
        s->runq_tail->schedlink = head;
    else
        s->runq_head = head;
    s->runq_tail = tail;
    atomic_fetch_add(&s->runq_size, n);
}

/* Take a G from the global queue and move a fair share more into p's ring. */
rt_g *rt_globrunq_get(rt_sched *s, rt_p *p, int32_t max) {
    int32_t size = atomic_load(&s->runq_size);
    if (size == 0) return NULL;
    int32_t nprocs = atomic_load(&s->nprocs);
    int32_t n = size / (nprocs > 0 ? nprocs : 1) + 1;
    if (n > size) n = size;
    if (max > 0 && n > max) n = max;
    if (n > RT_RUNQ_SIZE / 2) n = RT_RUNQ_SIZE / 2;
    /* never overflow p's ring here: that would take s->lock again */
    int32_t room = RT_RUNQ_SIZE - (int32_t)rt_runq_len(p);
    if (n > room + 1) n = room + 1;
    atomic_fetch_sub(&s->runq_size, n);
    rt_g *g = s->runq_head;
    s->runq_head = g->schedlink;
    for (int32_t i = 1; i < n; i++) {
        rt_g *g2 = s->runq_head;
        s->runq_head = g2->schedlink;
        rt_runq_put(s, p, g2, false);
    }
    if (!s->runq_head) s->runq_tail = NULL;
    g->schedlink = NULL;
    return g;
}
