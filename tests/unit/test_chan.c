/* test_chan.c - channels and select with fake goroutines: ping-pong on unbuffered
 * channels (timed), buffered FIFO order, close waking 10,000 parked receivers, the
 * panic return codes, select with default / select {}, and randomised networks of
 * producers (plain send and select over send cases) and consumers (select over
 * receive cases and a quit channel) with exact totals; at GOMAXPROCS 1, 2, 4. */
#include "rt_fake.h"

#define ROUNDS 200000

static rt_run_result pinger(world *w, fg *f) {
    CO_BEGIN;
    for (f->i = 0; f->i < ROUNDS; f->i++) {
        AWAIT(fg_send(w, f, w->chans[0], (uint64_t)f->i));
        AWAIT(fg_recv(w, f, w->chans[1]));
        if (f->val[0] == (uint64_t)f->i + 1) atomic_fetch_add(&w->counter, 1);
    }
    rt_chan_close(w->s, w->chans[0]);
    fg_finish(w);
    CO_END;
}

static rt_run_result ponger(world *w, fg *f) {
    CO_BEGIN;
    for (;;) {
        AWAIT(fg_recv(w, f, w->chans[0]));
        if (!f->g.park_ok) break;
        AWAIT(fg_send(w, f, w->chans[1], f->val[0] + 1));
    }
    fg_finish(w);
    CO_END;
}

static rt_run_result main_pingpong(world *w, fg *f) {
    CO_BEGIN;
    w->left = 2;
    fg_spawn(w, fg_new(ponger));
    fg_spawn(w, fg_new(pinger));
    AWAIT(rt_semacquire(w->s, &f->g, &w->done_sema, RT_WAIT_SYNC_WAITGROUP_WAIT, false));
    CO_END;
}

static rt_run_result close_waiter(world *w, fg *f) {
    CO_BEGIN;
    atomic_fetch_add(&w->started, 1);
    AWAIT(fg_recv(w, f, w->chans[0]));
    if (!f->g.park_ok && f->val[0] == 0) atomic_fetch_add(&w->counter, 1);
    fg_finish(w);
    CO_END;
}

static rt_run_result main_close(world *w, fg *f) {
    CO_BEGIN;
    w->left = 10000;
    for (f->i = 0; f->i < 10000; f->i++) {
        fg *c = fg_new(close_waiter);
        c->val[0] = 99; /* must be zeroed by the close */
        fg_spawn(w, c);
    }
    while (atomic_load(&w->started) < 10000)
        YIELD();
    f->aux = rt_chan_close(w->s, w->chans[0]);
    AWAIT(rt_semacquire(w->s, &f->g, &w->done_sema, RT_WAIT_SYNC_WAITGROUP_WAIT, false));
    CO_END;
}

static rt_run_result main_codes(world *w, fg *f) {
    CO_BEGIN;
    {
        rt_chan *c = rt_chan_new(2, 3, false);
        uint64_t v[2] = {1, 2}, out[2] = {0, 0};
        bool ok = false;
        int good = 0;
        for (int i = 0; i < 3; i++) {
            v[0] = (uint64_t)i;
            good += rt_chan_send(w->s, &f->g, c, v) == RT_DONE;
        }
        good += rt_chan_len(c) == 3 && rt_chan_cap(c) == 3;
        good += !rt_chan_try_send(w->s, c, v, NULL);
        for (int i = 0; i < 2; i++)
            good += rt_chan_recv(w->s, &f->g, c, out, &ok) == RT_DONE && ok &&
                    out[0] == (uint64_t)i && out[1] == 2;
        good += rt_chan_close(w->s, c) == RT_DONE;
        good += rt_chan_close(w->s, c) == RT_CLOSED;
        good += rt_chan_close(w->s, NULL) == RT_NILCHAN;
        good += rt_chan_send(w->s, &f->g, c, v) == RT_CLOSED;
        good += rt_chan_recv(w->s, &f->g, c, out, &ok) == RT_DONE && ok && out[0] == 2;
        good += rt_chan_recv(w->s, &f->g, c, out, &ok) == RT_DONE && !ok && out[0] == 0;
        /* select with default: nothing ready, a nil case never ready */
        rt_chan *u = rt_chan_new(1, 0, false);
        rt_scase cs[2] = {{u, out, false}, {NULL, out, true}};
        int chosen = 5;
        good += rt_select(w->s, &f->g, cs, 2, false, &chosen, &ok) == RT_DONE && chosen == -1;
        /* select on a closed channel: receive case fires with ok == false */
        rt_scase cs2[2] = {{u, out, false}, {c, out, false}};
        good +=
            rt_select(w->s, &f->g, cs2, 2, false, &chosen, &ok) == RT_DONE && chosen == 1 && !ok;
        rt_scase cs3[1] = {{c, v, true}};
        good += rt_select(w->s, &f->g, cs3, 1, true, &chosen, &ok) == RT_CLOSED && chosen == 0;
        w->sum = good;
    }
    AWAIT(rt_select(w->s, &f->g, NULL, 0, true, &f->ncases, NULL)); /* select {} */
    CO_END;
}

/* ---- randomised network ---- */
static uint32_t frand(fg *f) {
    uint64_t x = (uint64_t)f->aux * 6364136223846793005ULL + 1442695040888963407ULL;
    f->aux = (int64_t)x;
    return (uint32_t)(x >> 33);
}

static rt_run_result producer(world *w, fg *f) {
    CO_BEGIN;
    for (f->i = 1; f->i <= f->n; f->i++) {
        f->val[0] = (uint64_t)f->i;
        f->val[1] = (uint64_t)f->id;
        if (frand(f) % 2) {
            AWAIT(rt_chan_send(w->s, &f->g, w->chans[frand(f) % w->nchans], f->val));
        } else {
            f->ncases = 3;
            for (int k = 0; k < 3; k++)
                f->cases[k] = (rt_scase){w->chans[frand(f) % w->nchans], f->val, true};
            if (frand(f) % 4 == 0) f->cases[2].c = NULL; /* a nil case */
            if (frand(f) % 3 == 0) {
                /* non-blocking select, then yield and retry */
                while (fg_select(w, f, false) == RT_DONE && f->g.select_index < 0)
                    YIELD();
            } else {
                AWAIT(fg_select(w, f, true));
            }
        }
    }
    fg_finish(w);
    CO_END;
}

static rt_run_result consumer(world *w, fg *f) {
    CO_BEGIN;
    for (;;) {
        f->ncases = w->nchans + 1;
        for (int k = 0; k < w->nchans; k++)
            f->cases[k] = (rt_scase){w->chans[k], f->val, false};
        f->cases[w->nchans] = (rt_scase){w->quit, f->val, false};
        AWAIT(fg_select(w, f, true));
        if (f->g.select_index == w->nchans) break; /* quit closed */
        atomic_fetch_add(&w->sum, (int64_t)f->val[0] * 1000 + (int64_t)f->val[1]);
        if (atomic_fetch_add(&w->count, 1) + 1 == w->total) rt_chan_close(w->s, w->quit);
    }
    fg_finish(w);
    CO_END;
}

static rt_run_result main_network(world *w, fg *f) {
    CO_BEGIN;
    w->left = w->param + w->nchild;
    for (f->i = 0; f->i < w->param; f->i++) {
        fg *p = fg_new(producer);
        p->id = f->i;
        p->n = w->total / w->param;
        p->aux = f->i * 7919 + 1;
        fg_spawn(w, p);
    }
    for (f->i = 0; f->i < w->nchild; f->i++)
        fg_spawn(w, fg_new(consumer));
    AWAIT(rt_semacquire(w->s, &f->g, &w->done_sema, RT_WAIT_SYNC_WAITGROUP_WAIT, false));
    CO_END;
}

static int run_main(world *w, fg_body mainb) {
    fg *m = fg_new(mainb);
    return rt_sched_run_main(w->s, &m->g);
}

static void scenario(int procs) {
    world *w;
    int r;

    w = world_new(procs);
    w->chans[0] = rt_chan_new(1, 0, false);
    w->chans[1] = rt_chan_new(1, 0, false);
    int64_t t0 = rt_nanotime();
    r = run_main(w, main_pingpong);
    double ns = (double)(rt_nanotime() - t0) / ROUNDS;
    CHECK(r == 0 && w->counter == ROUNDS, "P=%d: ping-pong %d round trips, %.0f ns per round trip",
          procs, ROUNDS, ns);

    w = world_new(procs);
    w->chans[0] = rt_chan_new(1, 0, false);
    r = run_main(w, main_close);
    CHECK(r == 0 && w->counter == 10000,
          "P=%d: close wakes 10000 parked receivers with ok=false and zero values (%ld)", procs,
          (long)w->counter);

    w = world_new(procs);
    r = run_main(w, main_codes);
    CHECK(r == 1 && w->deadlocks == 1 && w->sum == 16,
          "P=%d: buffered FIFO, close/send codes, select default/closed (%ld/16), select {} "
          "deadlocks",
          procs, (long)w->sum);

    for (int round = 0; round < 3; round++) {
        w = world_new(procs);
        w->nchans = 4;
        for (int k = 0; k < 4; k++)
            w->chans[k] = rt_chan_new(2, k % 2 ? 0 : k + 1, false);
        w->quit = rt_chan_new(2, 0, false);
        w->param = 8 + round * 4; /* producers */
        w->nchild = 3 + round;    /* consumers */
        w->total = w->param * 2000;
        int64_t expect = 0;
        for (int64_t p = 0; p < w->param; p++)
            for (int64_t i = 1; i <= w->total / w->param; i++)
                expect += i * 1000 + p;
        r = run_main(w, main_network);
        CHECK(r == 0 && w->deadlocks == 0 && w->count == w->total && w->sum == expect,
              "P=%d: network %ld producers / %ld consumers / 4 chans: %ld values, sums match",
              procs, (long)w->param, (long)w->nchild, (long)w->count);
    }
}

int main(int argc, char **argv) {
    test_init();
    int only = argc > 1 ? atoi(argv[1]) : 0;
    int procs[] = {1, 2, 4};
    for (int i = 0; i < 3; i++)
        if (!only || only == procs[i]) scenario(procs[i]);
    return test_done();
}
