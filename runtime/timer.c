/* timer.c - per-P timer heaps, Sleep, and timer start/stop (DESIGN §6).
 *
 * Each P owns a 4-ary min-heap of rt_timer* keyed on `when` (monotonic ns), under
 * p->timer_lock. Invariants:
 *   - t->p is the P whose heap holds t (NULL when t is not pending) and
 *     t->p->timers[t->index] == t; both change only under that P's timer_lock;
 *   - p->timer0_when mirrors timers[0]->when (0: empty) so schedulers can look
 *     without the lock;
 *   - a timer function runs with no lock held; a periodic timer is re-armed before
 *     its function runs (like Go's ticker), so Stop from inside it works.
 * Timers are started on the current M's P (P 0 from a thread that is not an M);
 * any M may run another P's due timers (stealing), and the idle M that finds
 * nothing to do sleeps until the earliest `when` over all Ps (sched.c).
 */
#include <string.h>

#include "rt_internal.h"

void rt_p_timers_init(rt_p *p) {
    pthread_mutex_init(&p->timer_lock, NULL);
    p->timers = NULL;
    p->ntimers = p->timers_cap = 0;
    atomic_store(&p->timer0_when, 0);
}

static void heap_set(rt_p *p, int32_t i, rt_timer *t) {
    p->timers[i] = t;
    t->index = i;
}

static void sift_up(rt_p *p, int32_t i) {
    rt_timer *t = p->timers[i];
    while (i > 0) {
        int32_t parent = (i - 1) / 4;
        if (p->timers[parent]->when <= t->when) break;
        heap_set(p, i, p->timers[parent]);
        i = parent;
    }
    heap_set(p, i, t);
}

static void sift_down(rt_p *p, int32_t i) {
    rt_timer *t = p->timers[i];
    int32_t n = p->ntimers;
    for (;;) {
        int32_t c = 4 * i + 1;
        if (c >= n) break;
        int32_t best = c;
        for (int32_t k = c + 1; k < c + 4 && k < n; k++)
            if (p->timers[k]->when < p->timers[best]->when) best = k;
        if (p->timers[best]->when >= t->when) break;
        heap_set(p, i, p->timers[best]);
        i = best;
    }
    heap_set(p, i, t);
}

static void update_timer0(rt_p *p) {
    atomic_store(&p->timer0_when, p->ntimers ? p->timers[0]->when : 0);
}

void rt_timerheap_push(rt_p *p, rt_timer *t) {
    if (p->ntimers == p->timers_cap) {
        int32_t cap = p->timers_cap ? p->timers_cap * 2 : 8;
        rt_timer **a = rt_alloc(sizeof(rt_timer *) * (size_t)cap);
        if (p->ntimers) memcpy(a, p->timers, sizeof(rt_timer *) * (size_t)p->ntimers);
        p->timers = a;
        p->timers_cap = cap;
    }
    __atomic_store_n(&t->p, p, __ATOMIC_RELEASE);
    heap_set(p, p->ntimers++, t);
    sift_up(p, t->index);
    update_timer0(p);
}

void rt_timerheap_remove(rt_p *p, int32_t i) {
    rt_timer *t = p->timers[i];
    int32_t last = --p->ntimers;
    if (i != last) {
        rt_timer *moved = p->timers[last];
        heap_set(p, i, moved);
        sift_down(p, i);
        sift_up(p, moved->index);
    }
    p->timers[last] = NULL;
    __atomic_store_n(&t->p, NULL, __ATOMIC_RELEASE);
    t->index = -1;
    update_timer0(p);
}

int64_t rt_check_timers(rt_sched *s, rt_p *p, int64_t now) {
    int64_t w = atomic_load(&p->timer0_when);
    if (!w || w > now) return w;
    pthread_mutex_lock(&p->timer_lock);
    while (p->ntimers > 0 && p->timers[0]->when <= now) {
        rt_timer *t = p->timers[0];
        rt_timer_fn fn = t->fn;
        void *arg = t->arg;
        rt_timerheap_remove(p, 0);
        RT_TRACE(s, RT_TEV_TIMER, NULL, t->when, 0);
        if (t->period > 0) {
            t->when += t->period * (1 + (now - t->when) / t->period);
            rt_timerheap_push(p, t);
        }
        pthread_mutex_unlock(&p->timer_lock);
        fn(s, t, arg);
        pthread_mutex_lock(&p->timer_lock);
    }
    w = p->ntimers ? p->timers[0]->when : 0;
    pthread_mutex_unlock(&p->timer_lock);
    return w;
}

/* Lock the P whose heap holds t; NULL (nothing locked) if t is not pending. */
static rt_p *lock_timer_owner(rt_timer *t) {
    for (;;) {
        rt_p *p = __atomic_load_n(&t->p, __ATOMIC_ACQUIRE);
        if (!p) return NULL;
        pthread_mutex_lock(&p->timer_lock);
        if (__atomic_load_n(&t->p, __ATOMIC_RELAXED) == p) return p;
        pthread_mutex_unlock(&p->timer_lock);
    }
}

void rt_timers_move(rt_sched *s, rt_p *from, rt_p *to) {
    if (from == to) return;
    /* lock order: lower P id first */
    rt_p *first = from->id < to->id ? from : to, *second = first == from ? to : from;
    pthread_mutex_lock(&first->timer_lock);
    pthread_mutex_lock(&second->timer_lock);
    while (from->ntimers > 0) {
        rt_timer *t = from->timers[from->ntimers - 1];
        rt_timerheap_remove(from, from->ntimers - 1);
        rt_timerheap_push(to, t);
    }
    pthread_mutex_unlock(&second->timer_lock);
    pthread_mutex_unlock(&first->timer_lock);
}

rt_timer *rt_timer_new(rt_timer_fn fn, void *arg) {
    rt_timer *t = rt_alloc(sizeof *t);
    t->fn = fn;
    t->arg = arg;
    t->index = -1;
    return t;
}

bool rt_timer_stop(rt_sched *s, rt_timer *t) {
    rt_p *p = lock_timer_owner(t);
    if (!p) return false;
    rt_timerheap_remove(p, t->index);
    pthread_mutex_unlock(&p->timer_lock);
    return true;
}

bool rt_timer_start(rt_sched *s, rt_timer *t, int64_t when, int64_t period) {
    bool was_pending = rt_timer_stop(s, t);
    rt_m *m = rt_current_m(s);
    rt_p *p = m && m->p ? m->p : atomic_load(&s->allp)[0];
    pthread_mutex_lock(&p->timer_lock);
    t->when = when;
    t->period = period;
    rt_timerheap_push(p, t);
    pthread_mutex_unlock(&p->timer_lock);
    /* From outside the scheduler, make sure some M re-computes its sleep deadline. */
    if (!m || !m->p) rt_wakep(s);
    return was_pending;
}

static void sleep_timer_fired(rt_sched *s, rt_timer *t, void *arg) {
    rt_ready(s, (rt_g *)arg);
}

rt_status rt_sleep(rt_sched *s, rt_g *self, int64_t ns) {
    if (ns <= 0) return RT_DONE;
    if (!self->sleep_timer) self->sleep_timer = rt_timer_new(sleep_timer_fired, self);
    int64_t now = rt_now(s);
    int64_t when = ns > INT64_MAX - now ? INT64_MAX : now + ns; /* overflow: "forever" */
    RT_TRACE(s, RT_TEV_SLEEP, self, ns, 0);
    /* PARKING first: another M may run this timer before run() returns */
    rt_set_parking(self, RT_WAIT_SLEEP);
    rt_timer_start(s, self->sleep_timer, when, 0);
    return RT_PARK;
}
