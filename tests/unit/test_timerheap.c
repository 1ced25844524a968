/* test_timerheap.c - the per-P 4-ary timer heap: ordering, removal, index
 * bookkeeping, 1e5 random timers, and rt_check_timers running due timers in order
 * (periodic ones re-armed). */
#include "rt_test.h"

static rt_run_result no_run(void *u, rt_g *g) {
    return RT_RUN_EXITED;
}

static bool heap_ok(rt_p *p) {
    for (int32_t i = 0; i < p->ntimers; i++) {
        rt_timer *t = p->timers[i];
        if (t->index != i || t->p != p) return false;
        if (i > 0 && p->timers[(i - 1) / 4]->when > t->when) return false;
    }
    return atomic_load(&p->timer0_when) == (p->ntimers ? p->timers[0]->when : 0);
}

static uint64_t rnd = 88172645463325252ULL;
static uint64_t next_rand(void) {
    rnd ^= rnd << 13;
    rnd ^= rnd >> 7;
    rnd ^= rnd << 17;
    return rnd;
}

static int64_t fired[16];
static int nfired;
static void record(rt_sched *s, rt_timer *t, void *arg) {
    if (nfired < 16) fired[nfired] = (int64_t)(intptr_t)arg;
    nfired++;
}

int main(void) {
    test_init();
    rt_callbacks cb = {.run = no_run};
    rt_sched *s = rt_sched_new(1, &cb, NULL);
    rt_p *p = s->allp[0];

    int n = 100000;
    rt_timer **ts = test_alloc(sizeof(rt_timer *) * (size_t)n);
    for (int i = 0; i < n; i++) {
        ts[i] = rt_timer_new(record, NULL);
        ts[i]->when = 1 + (int64_t)(next_rand() % 1000000);
        rt_timerheap_push(p, ts[i]);
    }
    CHECK(p->ntimers == n && heap_ok(p), "1e5 random timers: heap property and indexes hold");

    int removed = 0;
    for (int i = 0; i < n; i += 3) {
        rt_timerheap_remove(p, ts[i]->index);
        removed++;
    }
    bool gone = true;
    for (int i = 0; i < n; i += 3)
        gone &= ts[i]->p == NULL && ts[i]->index == -1;
    CHECK(gone && p->ntimers == n - removed && heap_ok(p),
          "removing every third timer keeps the heap");

    int64_t last = 0;
    bool sorted = true;
    int popped = 0;
    while (p->ntimers) {
        rt_timer *t = p->timers[0];
        sorted &= t->when >= last;
        last = t->when;
        rt_timerheap_remove(p, 0);
        popped++;
        if ((popped & 4095) == 0) sorted &= heap_ok(p);
    }
    CHECK(sorted && popped == n - removed && atomic_load(&p->timer0_when) == 0,
          "popping the minimum yields nondecreasing whens (%d timers)", popped);

    /* rt_check_timers runs due timers in order; a periodic one is re-armed */
    rt_timer *a = rt_timer_new(record, (void *)1), *b = rt_timer_new(record, (void *)2),
             *c = rt_timer_new(record, (void *)3), *tick = rt_timer_new(record, (void *)4);
    pthread_mutex_lock(&p->timer_lock);
    a->when = 30, b->when = 10, c->when = 1000, tick->when = 5, tick->period = 10;
    rt_timerheap_push(p, a);
    rt_timerheap_push(p, b);
    rt_timerheap_push(p, c);
    rt_timerheap_push(p, tick);
    pthread_mutex_unlock(&p->timer_lock);
    int64_t next = rt_check_timers(s, p, 31);
    CHECK(nfired == 3 && fired[0] == 4 && fired[1] == 2 && fired[2] == 1,
          "due timers fire in when order (tick, b, a)");
    CHECK(tick->p == p && tick->when == 35 && next == 35, "the ticker is re-armed at 35");
    CHECK(rt_timer_stop(s, c) && !rt_timer_stop(s, c) && !rt_timer_stop(s, a),
          "stop reports pending exactly once");
    rt_timer_stop(s, tick);
    CHECK(p->ntimers == 0 && heap_ok(p), "heap empty after stops");
    /* far in the future: rt_timer_start wakes an M, which must not fire it meanwhile */
    int64_t later = rt_nanotime() + 3600 * (int64_t)1000000000;
    CHECK(!rt_timer_start(s, a, later + 100, 0) && rt_timer_start(s, a, later, 0) &&
              a->when == later &&
              p->ntimers == 1,
          "start/reset report whether the timer was pending");
    return test_done();
}
