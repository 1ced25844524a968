/* test_runq.c - per-P run queues: FIFO order, runnext, overflow to the global queue,
 * stealing half, and a concurrent owner/stealer run where every G is seen once. */
#include "rt_test.h"

static rt_run_result no_run(void *u, rt_g *g) {
    return RT_RUN_EXITED;
}

static rt_g *gs;
static int ngs;

static int idx(rt_g *g) {
    return (int)(g - gs);
}

typedef struct steal_args {
    rt_sched *s;
    rt_p *victim, *thief;
    _Atomic int *seen;
    _Atomic bool *stop;
    int got;
} steal_args;

static void *stealer(void *arg) {
    steal_args *a = arg;
    while (!atomic_load(a->stop) || !rt_runq_empty(a->victim)) {
        rt_g *g = rt_runq_steal(a->thief, a->victim, true);
        while (g) {
            atomic_fetch_add(&a->seen[idx(g)], 1);
            a->got++;
            g = rt_runq_get(a->thief);
        }
    }
    return NULL;
}

int main(void) {
    test_init();
    rt_callbacks cb = {.run = no_run};
    rt_sched *s = rt_sched_new(2, &cb, NULL);
    rt_p *p0 = s->allp[0], *p1 = s->allp[1];
    ngs = 100000;
    gs = test_alloc(sizeof(rt_g) * (size_t)ngs);

    for (int i = 0; i < 10; i++)
        rt_runq_put(s, p0, &gs[i], false);
    bool fifo = true;
    for (int i = 0; i < 10; i++)
        fifo &= rt_runq_get(p0) == &gs[i];
    CHECK(fifo && rt_runq_get(p0) == NULL, "ring is FIFO and then empty");

    rt_runq_put(s, p0, &gs[0], true);
    rt_runq_put(s, p0, &gs[1], true);
    CHECK(rt_runq_len(p0) == 1, "a second runnext kicks the first to the ring");
    rt_g *a = rt_runq_get(p0), *b = rt_runq_get(p0);
    CHECK(a == &gs[1] && b == &gs[0] && rt_runq_empty(p0), "runnext runs first, then the ring");

    for (int i = 0; i < 300; i++)
        rt_runq_put(s, p0, &gs[i], false);
    CHECK(rt_runq_len(p0) <= RT_RUNQ_SIZE && s->runq_size > 0 &&
              (int)rt_runq_len(p0) + s->runq_size == 300,
          "overflow moves a batch to the global queue (local %u, global %d)", rt_runq_len(p0),
          s->runq_size);
    int *cnt = calloc((size_t)ngs, sizeof(int));
    rt_g *g;
    while ((g = rt_runq_get(p0)))
        cnt[idx(g)]++;
    while ((g = rt_globrunq_get(s, p0, 0)) != NULL) {
        cnt[idx(g)]++;
        while ((g = rt_runq_get(p0)))
            cnt[idx(g)]++;
    }
    bool once = true;
    for (int i = 0; i < 300; i++)
        once &= cnt[i] == 1;
    CHECK(once && s->runq_size == 0, "after overflow every G comes back exactly once");

    for (int i = 0; i < 100; i++)
        rt_runq_put(s, p0, &gs[i], false);
    g = rt_runq_steal(p1, p0, false);
    CHECK(g == &gs[49] && rt_runq_len(p1) == 49 && rt_runq_len(p0) == 50,
          "steal takes half (50): returns the last, queues 49, leaves 50");
    while (rt_runq_get(p0)) {
    }
    while (rt_runq_get(p1)) {
    }
    rt_runq_put(s, p0, &gs[7], true);
    CHECK(rt_runq_steal(p1, p0, false) == NULL, "runnext is not stolen unless asked");
    CHECK(rt_runq_steal(p1, p0, true) == &gs[7], "runnext is stolen when asked");

    /* concurrent: the owner puts and gets, a thief steals; each G seen exactly once */
    _Atomic int *seen = calloc((size_t)ngs, sizeof(_Atomic int));
    _Atomic bool stop = false;
    steal_args sa = {s, p0, p1, seen, &stop, 0};
    pthread_t th;
    pthread_create(&th, NULL, stealer, &sa);
    int own = 0;
    for (int i = 0; i < ngs; i++) {
        rt_runq_put(s, p0, &gs[i], (i % 7) == 0);
        if (i % 3 == 0 && (g = rt_runq_get(p0))) {
            atomic_fetch_add(&seen[idx(g)], 1);
            own++;
        }
    }
    atomic_store(&stop, true);
    while ((g = rt_runq_get(p0))) {
        atomic_fetch_add(&seen[idx(g)], 1);
        own++;
    }
    pthread_join(th, NULL);
    int global = 0;
    pthread_mutex_lock(&s->lock);
    for (rt_g *q = s->runq_head; q; q = q->schedlink) {
        atomic_fetch_add(&seen[idx(q)], 1);
        global++;
    }
    pthread_mutex_unlock(&s->lock);
    once = true;
    for (int i = 0; i < ngs; i++)
        once &= seen[i] == 1;
    CHECK(once, "concurrent owner/thief: %d Gs seen once each (owner %d, thief %d, global %d)", ngs,
          own, sa.got, global);
    return test_done();
}
