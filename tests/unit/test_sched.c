/* test_sched.c - the GMP scheduler with fake goroutines (C state machines): yields,
 * mass spawning, deadlock detection, sleeping, blocking outside the VM, GOMAXPROCS
 * changes, timer callbacks, semaphore-protected counters; at GOMAXPROCS 1, 2, 4. */
#include <unistd.h>

#include "rt_fake.h"

/* ---- children ---- */
static rt_run_result yielder(world *w, fg *f) {
    CO_BEGIN;
    for (f->i = 0; f->i < w->param; f->i++) {
        atomic_fetch_add(&w->counter, 1);
        YIELD();
    }
    fg_finish(w);
    CO_END;
}

static rt_run_result sleeper(world *w, fg *f) {
    CO_BEGIN;
    f->aux = rt_nanotime();
    AWAIT(rt_sleep(w->s, &f->g, f->n));
    if (rt_nanotime() - f->aux >= f->n) atomic_fetch_add(&w->counter, 1);
    fg_finish(w);
    CO_END;
}

static rt_run_result locker(world *w, fg *f) {
    CO_BEGIN;
    for (f->i = 0; f->i < w->param; f->i++) {
        AWAIT(rt_semacquire(w->s, &f->g, (uint64_t *)&w->total, RT_WAIT_SYNC_MUTEX_LOCK, false));
        f->aux = w->sum; /* non-atomic read-modify-write across a yield: needs the lock */
        if (f->i % 3 == 0) YIELD();
        w->sum = f->aux + 1;
        rt_semrelease(w->s, (uint64_t *)&w->total);
    }
    fg_finish(w);
    CO_END;
}

static rt_run_result blocker(world *w, fg *f) {
    CO_BEGIN;
    rt_enter_blocking(w->s, &f->g);
    usleep(30000);
    rt_exit_blocking(w->s, &f->g);
    AWAIT(fg_send(w, f, w->chans[0], 42));
    CO_END;
}

static rt_run_result forever_recv(world *w, fg *f) {
    CO_BEGIN;
    AWAIT(fg_recv(w, f, w->chans[1]));
    CO_END;
}

/* ---- mains ---- */
static rt_run_result main_spawn_wait(world *w, fg *f) {
    CO_BEGIN;
    atomic_store(&w->left, w->nchild);
    for (f->i = 0; f->i < w->nchild; f->i++) {
        fg *c = fg_new(w->child);
        c->id = f->i;
        c->n = 1000000 + (int64_t)(f->i % 10) * 1000000; /* sleepers: 1..10 ms */
        fg_spawn(w, c);
    }
    if (w->param2_procs) {
        rt_gomaxprocs(w->s, 4);
        YIELD();
        rt_gomaxprocs(w->s, 1);
        YIELD();
        rt_gomaxprocs(w->s, 3);
    }
    AWAIT(rt_semacquire(w->s, &f->g, &w->done_sema, RT_WAIT_SYNC_WAITGROUP_WAIT, false));
    /* the last finisher may still be returning from run() on another M */
    for (f->aux = rt_nanotime(); rt_num_goroutine(w->s) > 1 && secs_since(f->aux) < 2;)
        YIELD();
    w->count = rt_num_goroutine(w->s);
    CO_END;
}

static rt_run_result main_deadlock(world *w, fg *f) {
    CO_BEGIN;
    for (f->i = 0; f->i < 100; f->i++)
        fg_spawn(w, fg_new(forever_recv));
    AWAIT(fg_recv(w, f, w->chans[0]));
    CO_END;
}

static rt_run_result main_sleep(world *w, fg *f) {
    CO_BEGIN;
    AWAIT(rt_sleep(w->s, &f->g, 20000000));
    CO_END;
}

static rt_run_result main_blocking(world *w, fg *f) {
    CO_BEGIN;
    fg_spawn(w, fg_new(blocker));
    AWAIT(fg_recv(w, f, w->chans[0]));
    w->sum = (int64_t)f->val[0];
    CO_END;
}

static void timer_send(rt_sched *s, rt_timer *t, void *arg) {
    uint64_t v = 7;
    rt_chan_try_send(s, (rt_chan *)arg, &v, NULL);
}

static rt_run_result main_timer(world *w, fg *f) {
    CO_BEGIN;
    {
        rt_timer *t = rt_timer_new(timer_send, w->chans[0]);
        rt_timer_start(w->s, t, rt_nanotime() + 5000000, 0);
    }
    AWAIT(fg_recv(w, f, w->chans[0]));
    w->sum = (int64_t)f->val[0];
    CO_END;
}

static rt_run_result main_nil_forever(world *w, fg *f) {
    CO_BEGIN;
    AWAIT(fg_recv(w, f, NULL));
    CO_END;
}

static rt_run_result exiter(world *w, fg *f) {
    CO_BEGIN;
    rt_sched_stop(w->s); /* os.Exit from a non-main G */
    CO_END;
}

static rt_run_result main_stopped(world *w, fg *f) {
    CO_BEGIN;
    for (f->i = 0; f->i < 100; f->i++)
        fg_spawn(w, fg_new(yielder));
    fg_spawn(w, fg_new(exiter));
    AWAIT(fg_recv(w, f, NULL));
    CO_END;
}

static int run(world *w, fg_body mainb) {
    fg *m = fg_new(mainb);
    return rt_sched_run_main(w->s, &m->g);
}

static void scenario(int procs) {
    world *w;
    int64_t t0;
    int r;

    w = world_new(procs);
    w->child = yielder, w->nchild = 1000, w->param = 10;
    r = run(w, main_spawn_wait);
    CHECK(r == 0 && w->counter == 10000 && w->count == 1 && w->deadlocks == 0,
          "P=%d: 1000 Gs x 10 yields: counter %ld, goroutines left %ld", procs, (long)w->counter,
          (long)w->count);

    w = world_new(procs);
    w->child = yielder, w->nchild = 1000, w->param = 50, w->param2_procs = 1;
    r = run(w, main_spawn_wait);
    CHECK(r == 0 && w->counter == 50000, "P=%d: GOMAXPROCS 4 -> 1 -> 3 while 1000 Gs yield: %ld",
          procs, (long)w->counter);

    w = world_new(procs);
    w->child = yielder, w->nchild = 100000, w->param = 1;
    t0 = rt_nanotime();
    r = run(w, main_spawn_wait);
    CHECK(r == 0 && w->counter == 100000, "P=%d: 100000 spawned Gs ran once each (%.3f s)", procs,
          secs_since(t0));

    w = world_new(procs);
    w->chans[0] = rt_chan_new(1, 0, false);
    w->chans[1] = rt_chan_new(1, 0, false);
    r = run(w, main_deadlock);
    CHECK(r == 1 && w->deadlocks == 1, "P=%d: all Gs parked forever -> deadlock callback", procs);

    w = world_new(procs);
    r = run(w, main_nil_forever);
    CHECK(r == 1 && w->deadlocks == 1, "P=%d: receive on a nil channel -> deadlock", procs);

    w = world_new(procs);
    t0 = rt_nanotime();
    r = run(w, main_sleep);
    double el = secs_since(t0);
    CHECK(r == 0 && w->deadlocks == 0 && el >= 0.020 && el < 0.5,
          "P=%d: sleeping main with a pending timer is not a deadlock (%.3f s)", procs, el);

    w = world_new(procs);
    w->child = sleeper, w->nchild = 300;
    t0 = rt_nanotime();
    r = run(w, main_spawn_wait);
    el = secs_since(t0);
    CHECK(r == 0 && w->counter == 300 && el >= 0.010 && el < 0.5,
          "P=%d: 300 sleepers (1-10 ms) all woke on time (%.3f s)", procs, el);

    w = world_new(procs);
    w->chans[0] = rt_chan_new(1, 0, false);
    r = run(w, main_blocking);
    CHECK(r == 0 && w->deadlocks == 0 && w->sum == 42,
          "P=%d: a G blocked outside the VM is not a deadlock; its send arrives", procs);

    w = world_new(procs);
    w->chans[0] = rt_chan_new(1, 1, false);
    r = run(w, main_timer);
    CHECK(r == 0 && w->sum == 7, "P=%d: a timer callback sends on a channel (time.After)", procs);

    w = world_new(procs);
    w->param = 1000000;
    r = run(w, main_stopped);
    CHECK(r == 2 && w->deadlocks == 0, "P=%d: rt_sched_stop from a G ends run_main with 2", procs);

    w = world_new(procs);
    w->child = locker, w->nchild = 50, w->param = 200;
    w->total = 1; /* the semaphore: one unit = an unlocked mutex */
    r = run(w, main_spawn_wait);
    CHECK(r == 0 && w->sum == 10000 && w->total == 1,
          "P=%d: semaphore mutex: 50 Gs x 200 increments = %ld", procs, (long)w->sum);
}

int main(int argc, char **argv) {
    test_init();
    int only = argc > 1 ? atoi(argv[1]) : 0;
    int procs[] = {1, 2, 4};
    for (int i = 0; i < 3; i++)
        if (!only || only == procs[i]) scenario(procs[i]);
    return test_done();
}
