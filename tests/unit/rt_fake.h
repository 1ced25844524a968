/* rt_fake.h - fake goroutines for the scheduler/channel tests: a G is a small C
 * state machine (protothread style: locals live in the struct, AWAIT returns
 * RT_RUN_PARKED when the runtime says RT_PARK and resumes at the same line). */
#ifndef RT_FAKE_H
#define RT_FAKE_H

#include <string.h>

#include "runtime/chan.h"
#include "rt_test.h"

typedef struct world world;
typedef struct fg fg;
typedef rt_run_result (*fg_body)(world *w, fg *f);

struct fg {
    rt_g g;
    fg_body body;
    int pc;
    int64_t i, n, id, sum, aux;
    rt_chan *c1, *c2;
    uint64_t val[2];
    rt_scase cases[8];
    int ncases;
};

struct world {
    rt_sched *s;
    _Atomic int64_t counter, sum, count, started;
    _Atomic int64_t left;
    uint64_t done_sema;
    int deadlocks;
    rt_chan *chans[8];
    int nchans;
    rt_chan *quit;
    int64_t total;
    int64_t param;
    fg_body child;
    int param2_procs;
    int64_t nchild;
};

#define CO_BEGIN                                                                                   \
    switch (f->pc) {                                                                               \
    case 0:
#define CO_END                                                                                     \
    }                                                                                              \
    return RT_RUN_EXITED
#define AWAIT(expr)                                                                                \
    do {                                                                                           \
        f->pc = __LINE__;                                                                          \
        if ((expr) == RT_PARK) return RT_RUN_PARKED;                                               \
        __attribute__((fallthrough));                                                              \
    case __LINE__:;                                                                                \
    } while (0)
#define YIELD()                                                                                    \
    do {                                                                                           \
        f->pc = __LINE__;                                                                          \
        return RT_RUN_YIELDED;                                                                     \
    case __LINE__:;                                                                                \
    } while (0)

/* Operations that leave their outcome in f->g.park_ok / select_index whether they
 * completed at once or after parking. */
static inline rt_status fg_recv(world *w, fg *f, rt_chan *c) {
    bool ok = false;
    rt_status st = rt_chan_recv(w->s, &f->g, c, f->val, &ok);
    if (st == RT_DONE) f->g.park_ok = ok;
    return st;
}
static inline rt_status fg_send(world *w, fg *f, rt_chan *c, uint64_t v) {
    f->val[0] = v;
    rt_status st = rt_chan_send(w->s, &f->g, c, f->val);
    if (st == RT_CLOSED) abort();
    if (st == RT_DONE) f->g.park_ok = true;
    return st;
}
static inline rt_status fg_select(world *w, fg *f, bool block) {
    int chosen = -1;
    bool ok = false;
    rt_status st = rt_select(w->s, &f->g, f->cases, f->ncases, block, &chosen, &ok);
    if (st == RT_CLOSED) abort();
    if (st == RT_DONE) {
        f->g.select_index = chosen;
        f->g.park_ok = ok;
    }
    return st;
}

static rt_run_result fg_run(void *user, rt_g *g) {
    fg *f = (fg *)g;
    return f->body((world *)user, f);
}

static void fg_deadlock(void *user) {
    world *w = user;
    w->deadlocks++;
}

static inline fg *fg_new(fg_body body) {
    fg *f = test_alloc(sizeof *f);
    f->body = body;
    f->g.vm_g = f;
    return f;
}

static inline world *world_new(int procs) {
    world *w = test_alloc(sizeof *w);
    rt_callbacks cb = {.run = fg_run, .deadlock = fg_deadlock};
    w->s = rt_sched_new(procs, &cb, w);
    return w;
}

static inline void fg_spawn(world *w, fg *f) {
    rt_spawn(w->s, &f->g);
}

/* a G finished its part: the last one releases the main G */
static inline void fg_finish(world *w) {
    if (atomic_fetch_sub(&w->left, 1) == 1) rt_semrelease(w->s, &w->done_sema);
}

static inline double secs_since(int64_t t0) {
    return (double)(rt_nanotime() - t0) / 1e9;
}

#endif
