/* rt_internal.h - the runtime's private structures (P, M, scheduler) and the glue
 * shared by sched.c, runq.c, timer.c, chan.c, select.c and sema.c. Not for the VM.
 *
 * GC glue (vm/gc_glue.h): normally Boehm (GC_THREADS, so pthread_create is
 * GC_pthread_create and every M is a registered thread). With -DMINIGO_GC_MALLOC,
 * memory comes from malloc and is never collected, GC_do_blocking is a plain call:
 * the ThreadSanitizer build.
 */
#ifndef RT_INTERNAL_H
#define RT_INTERNAL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "lock.h"

#include "../vm/gc_glue.h"
#include "../vm/object.h"
#define rt_alloc                mg_alloc
#define rt_alloc_atomic         mg_alloc_atomic
#define rt_do_blocking(fn, arg) GC_do_blocking((fn), (arg))

#include "sched.h"

#define RT_RUNQ_SIZE   256
#define RT_SEMA_TABLE  251
#define RT_RUNNEXT_MAX 64 /* runnext picks in a row before the local queue gets a turn */

void rt_note_clear(rt_note *n);
void rt_note_wakeup(rt_note *n);
/* Wake a sleeper without completing its wait: key 0 -> 2 (rt_note_sleep returns; a key
 * already 1 stays 1). The host waiter's "look again" (chan.c). */
void rt_note_kick(rt_note *n);
/* Sleep until woken or until the monotonic deadline (0: none). True if woken. Must be
 * called inside rt_do_blocking (it does so itself). */
bool rt_note_sleep(rt_note *n, int64_t deadline);

enum { RT_P_IDLE, RT_P_RUNNING, RT_P_DEAD };
enum { RT_M_CREATING, RT_M_JOINABLE, RT_M_JOINED };

struct rt_p {
    int32_t id;
    _Atomic uint32_t status;
    rt_m *m;
    rt_p *link; /* idle list */
    uint32_t schedtick;
    uint32_t runnext_streak;
    bool wake_pending;         /* a G was made runnable into runnext: wake an M after run() */
    _Atomic uint32_t runqhead; /* consumers CAS it */
    _Atomic uint32_t runqtail; /* only the owner writes it */
    _Atomic(rt_g *) runnext;
    _Atomic(rt_g *) runq[RT_RUNQ_SIZE];
    /* timers: 4-ary min-heap on when, under timer_lock */
    pthread_mutex_t timer_lock;
    rt_timer **timers;
    int32_t ntimers, timers_cap;
    _Atomic int64_t timer0_when; /* earliest when, 0 if none (read without the lock) */
    /* Spawning without touching shared cache lines (Go's goidcache): goids are taken
     * from s->goid_gen RT_GOID_BATCH at a time, and the goroutine count changes made on
     * this P (spawns minus exits; may be negative) are summed by rt_num_goroutine.
     * Only the M holding the P writes them. */
    int64_t goidcache, goidcache_end;
    _Atomic int64_t ngoroutine_delta;
    struct rt_tbuf *tbuf; /* -trace: this P's events (trace.c), written by its M only */
};

#define RT_GOID_BATCH 16

struct rt_m {
    rt_sched *sched;
    int64_t id;
    rt_p *p;     /* held P */
    rt_p *nextp; /* P handed over by the waker */
    rt_g *curg;
    rt_m *schedlink; /* idle list */
    rt_m *alllink;
    rt_note *park; /* malloc'd */
    pthread_t thread;
    int thread_state; /* RT_M_*, under rt_sched.lock */
    bool spinning;
    bool blocking; /* inside rt_enter_blocking */
    bool is_host;  /* M0: the thread of rt_sched_run_main */
    bool exited;   /* its thread has left the scheduler loop */
    bool recheck;  /* woken by rt_sched_recheck_dead: look again, then idle (s->lock) */
    uint64_t rand;
};

typedef struct rt_sema_root {
    pthread_mutex_t lock;
    _Atomic uint32_t nwait;
    rt_sudog *head, *tail;
} rt_sema_root;

struct rt_sched {
    pthread_mutex_t lock; /* Ps, idle lists, global queue, M lists, counts */
    rt_callbacks cb;
    void *user;

    rt_p **_Atomic allp; /* the Ps ever created, ids 0..allp_len-1 */
    _Atomic int32_t allp_len;
    _Atomic int32_t nprocs; /* GOMAXPROCS: Ps with id < nprocs are live */
    int32_t ncpu;           /* online CPUs when the scheduler was made */
    rt_p *pidle;
    _Atomic int32_t npidle;

    rt_m *allm, *midle;
    rt_m *pwait; /* Ms in rt_exit_blocking waiting for a P */
    int32_t nmidle, mcount;
    _Atomic int32_t nmspinning;
    int32_t nblocking;
    int64_t mid_gen;

    rt_g *runq_head, *runq_tail; /* global run queue */
    _Atomic int32_t runq_size;

    _Atomic int64_t goid_gen;
    _Atomic int64_t ngoroutine;
    pthread_mutex_t allg_lock;
    rt_g *allg;

    _Atomic bool stopping;
    bool deadlocked;
    bool stop_requested; /* rt_sched_stop */
    rt_g *main_g;

    rt_sema_root sema[RT_SEMA_TABLE];

    /* deterministic mode (det.c): written before run_main, then only by the one M */
    bool det;
    bool det_point_yield;      /* the last yield came from rt_sched_point: little time passes */
    uint32_t det_yield_per256; /* chance of yielding at a scheduling point, /256 */
    uint64_t det_rand;
    _Atomic int64_t vclock; /* virtual monotonic ns */
    int64_t vclock_start;

    rt_trace *trace; /* -trace (trace.c); NULL: off, and every hook is one branch */
    bool no_spare;   /* rt_sched_set_no_spare: the program spawns no goroutine */
    _Atomic bool long_run; /* cb.long_run was called */

    /* embedding: > 0 while a host thread may still act on a channel (the VM's count of
     * host channel handles and host channel operations in flight); deadlock is then
     * not reported. NULL: none (the CLI). */
    _Atomic int32_t *host_live;
};

/* deterministic mode (det.c) */
rt_g *rt_det_pick(rt_sched *s, rt_p *p);           /* a random runnable G, or NULL */
void rt_det_idle(rt_sched *s, int64_t next_timer); /* nothing runnable: time jumps */
void rt_det_yielded(rt_sched *s);                  /* a G was preempted: time passes */

/* the P handover behind rt_enter/exit_blocking, also done under -seed (rt_poll_wait) */
void rt_handoff_p(rt_sched *s, rt_g *self);
void rt_reacquire_p(rt_sched *s, rt_g *self);

/* the current M (a thread-local "which M am I"; Ms are reachable from rt_sched.allm) */
rt_m *rt_current_m(rt_sched *s);
uint32_t rt_fastrand(rt_m *m);

/* run queues (runq.c) */
void rt_runq_put(rt_sched *s, rt_p *p, rt_g *g, bool next);
rt_g *rt_runq_get(rt_p *p);
bool rt_runq_empty(rt_p *p);
uint32_t rt_runq_len(rt_p *p);
rt_g *rt_runq_steal(rt_p *p, rt_p *victim, bool steal_runnext);
/* global queue: caller holds s->lock */
void rt_globrunq_put(rt_sched *s, rt_g *g);
void rt_globrunq_put_batch(rt_sched *s, rt_g *head, rt_g *tail, int32_t n);
rt_g *rt_globrunq_get(rt_sched *s, rt_p *p, int32_t max);

/* scheduler internals used by the other files */
void rt_wakep(rt_sched *s);
rt_p *rt_p_new(rt_sched *s, int32_t id);

/* timers (timer.c) */
void rt_p_timers_init(rt_p *p);
/* run p's due timers; returns the earliest remaining when (0: none) */
int64_t rt_check_timers(rt_sched *s, rt_p *p, int64_t now);
/* move every timer of `from` into `to` (P retirement) */
void rt_timers_move(rt_sched *s, rt_p *from, rt_p *to);
/* heap primitives, exposed for the unit test: caller holds p->timer_lock */
void rt_timerheap_push(rt_p *p, rt_timer *t);
void rt_timerheap_remove(rt_p *p, int32_t i);

/* wait queues (chan.c) */
typedef struct rt_waitq {
    rt_sudog *first, *last;
} rt_waitq;

struct rt_chan {
    rt_lock lock;
    int32_t elem_words;
    bool closed;
    int64_t cap;
    int64_t qcount, sendx, recvx;
    uint64_t *buf;
    rt_waitq recvq, sendq;
    void *race; /* -race: the channel's clocks (race.c), lazily; else NULL */
};

void rt_waitq_enqueue(rt_waitq *q, rt_sudog *sg);
void rt_waitq_push_front(rt_waitq *q, rt_sudog *sg);
rt_sudog *rt_waitq_dequeue(rt_waitq *q); /* skips selects already won */
void rt_waitq_remove(rt_waitq *q, rt_sudog *sg);
/* the channel moves, c->lock held (chan.c); they do not ready the waiter */
/* self: the G doing the operation (NULL in a timer callback), for -race's clocks */
void rt_chan_send_to_waiter(rt_chan *c, rt_sudog *sg, const uint64_t *elem, rt_g *self);
void rt_chan_recv_from_waiter(rt_chan *c, rt_sudog *sg, uint64_t *dst, rt_g *self);
void rt_chan_buf_put(rt_chan *c, const uint64_t *elem, rt_g *self);
void rt_chan_buf_take(rt_chan *c, uint64_t *dst, rt_g *self);
/* a receive that found c closed: the zero value, and -race's close edge */
void rt_chan_recv_closed(rt_chan *c, uint64_t *dst, rt_g *self);
void rt_chan_zero(rt_chan *c, uint64_t *dst);
/* move self RUNNING -> PARKING with the given reason */
void rt_set_parking(rt_g *self, rt_wait_reason reason);
/* rt_ready of a host waiter (RT_ALLG_HOST): wake its thread (chan.c) */
void rt_hwaiter_wake(rt_g *g);
/* (select.c) finish a parked select before the G runs again */
void rt_select_finish(rt_sched *s, rt_g *g);

#endif
