/* sched.h - the GMP scheduler: the runtime's interface to the VM (DESIGN §5, §6).
 *
 * The scheduler knows nothing about bytecode. It schedules rt_g records; the
 * VM's goroutine struct EMBEDS an rt_g (and sets rt_g.vm_g to itself). An M (an
 * OS thread, created through the GC) holding a P (a processor: run queue, timer
 * heap) picks a runnable G and calls the VM's `run` callback, which enters the
 * interpreter for that G. The interpreter runs until the G parks, yields or
 * exits and then RETURNS the matching rt_run_result. No G has a C stack.
 *
 * ---- The parking protocol (the crux) ----
 * A G only parks from inside `run`, through a runtime primitive that takes the
 * G itself (`self`): rt_chan_send/recv, rt_select, rt_semacquire, rt_sleep,
 * rt_park_forever. Such a primitive either completes (RT_DONE) or registers
 * `self` as a waiter, moves self->status from RUNNING to PARKING, releases its
 * locks and returns RT_PARK. The interpreter must then save its state (resume at
 * the NEXT instruction) and return RT_RUN_PARKED without touching the object it
 * waited on. After `run` returns, the scheduler commits the park with a CAS
 * PARKING -> WAITING.
 * rt_ready(g), called by whoever satisfies the wait (possibly another M, at any
 * moment after the locks were released), moves WAITING -> RUNNABLE and queues
 * the G; if it finds PARKING instead (the G's own M has not returned from `run`
 * yet), it moves PARKING -> READIED and queues nothing: the commit CAS then fails
 * and the scheduler queues the G itself (in runnext). So a G is never queued
 * while an M still runs it, and no lock is held across the return from `run`
 * (the role of gopark's unlockf in Go).
 *
 * When a parked G is resumed, the outcome of its wait is in the rt_g:
 *   park_ok       chan recv: true = a value was received, false = closed (the
 *                 destination was zeroed); chan send: false = the channel was
 *                 closed while waiting, the VM must panic "send on closed channel".
 *   select_index  the case that fired (rt_select), park_ok as above for it.
 * The scheduler finishes a select (dequeues the G from the other channels) before
 * calling `run` again, so the interpreter only reads these two fields.
 *
 * A parking primitive stores pointers to value words (chan elements): they must
 * stay valid and unmoved (GC-visible memory, e.g. the G's register stack, which
 * does not move while the G is parked) until the G is resumed.
 *
 * ---- Threads and context ----
 * Functions marked [G] are called from inside `run` by the G `self` (on an M
 * holding a P). rt_ready and rt_chan_close/try ops may be called from any M
 * (inside `run`, or from a timer callback); from a thread that is not an M of
 * this scheduler they still work (readied Gs go to the global queue).
 *
 * ---- Memory ----
 * rt_sched, Ps, Ms, channels and timers are GC-allocated; the rt_sched must be
 * referenced by the VM (it references every P, M, G on the all-Gs list, and
 * every queued G). The VM owns the memory of its Gs; an exited G is off every
 * scheduler list once `run` returned RT_RUN_EXITED. Idle Ms block inside
 * GC_do_blocking on a malloc'd futex word. With -DMINIGO_GC_MALLOC the runtime
 * allocates with calloc and never frees (a build for ThreadSanitizer).
 *
 * No global mutable state: several schedulers may run in one process. (A
 * thread-local pointer to the current M is used as "which M am I", like Go's g.)
 */
#ifndef RT_SCHED_H
#define RT_SCHED_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "trace.h"
#include "waitreason.h"

typedef struct rt_sched rt_sched;
typedef struct rt_g rt_g;
typedef struct rt_m rt_m;
typedef struct rt_p rt_p;
typedef struct rt_chan rt_chan;
typedef struct rt_timer rt_timer;
typedef struct rt_sudog rt_sudog;

/* A futex word: idle Ms sleep on theirs (malloc'd, inside GC_do_blocking, where GC
 * memory must not be touched); a host thread blocked on a channel sleeps on the one
 * in its rt_hwaiter (chan.h). */
typedef struct rt_note {
    _Atomic uint32_t key;
} rt_note;

/* Result of a runtime primitive that may park the calling G. */
typedef enum rt_status {
    RT_DONE = 0,   /* completed; carry on */
    RT_PARK = 1,   /* self is queued as a waiter: return RT_RUN_PARKED from run */
    RT_CLOSED = 2, /* send on a closed channel / close of a closed channel: panic */
    RT_NILCHAN = 3 /* close of a nil channel: panic */
} rt_status;

typedef enum rt_run_result { RT_RUN_PARKED, RT_RUN_YIELDED, RT_RUN_EXITED } rt_run_result;

/* G status (rt_g.status, atomic). */
enum {
    RT_G_IDLE = 0, /* allocated, not spawned yet */
    RT_G_RUNNABLE, /* on a run queue */
    RT_G_RUNNING,  /* an M is inside run() for it */
    RT_G_PARKING,  /* inside run(), committed to park; not yet returned */
    RT_G_READIED,  /* was PARKING and got readied: the M will requeue it */
    RT_G_WAITING,  /* parked; only rt_ready moves it on */
    RT_G_DEAD      /* exited */
};

/* A waiting G on a channel or semaphore queue (Go's sudog). */
struct rt_sudog {
    rt_g *g;
    rt_sudog *next, *prev; /* wait queue links */
    uint64_t *elem;        /* value words to send / destination to receive into; sema: address */
    rt_chan *c;            /* channel waited on (select cleanup) */
    int32_t case_index;    /* select case */
    bool is_select;
    bool is_send; /* select: queued on c->sendq (else recvq) */
    bool success; /* set by the waker: value transferred (false: channel closed) */
};

/* The scheduler's part of a goroutine. Embed it in the VM's goroutine. Fields marked
 * (rt) are private to the runtime; the VM reads the others. */
struct rt_g {
    _Atomic uint32_t status;      /* RT_G_* */
    uint8_t wait_reason;          /* rt_wait_reason while PARKING/WAITING */
    bool park_ok;                 /* outcome of the last wait (see above) */
    uint8_t allg_flags;           /* RT_ALLG_*: see rt_g_release */
    _Atomic uint32_t select_done; /* (rt) a waker won this G's select */
    int32_t select_index;         /* outcome of the last parked select */
    int64_t goid;                 /* goroutine id: 1 for main, then 2, 3, ... */
    void *vm_g;                   /* back pointer to the VM's goroutine */
    rt_m *m;                      /* (rt) M running it while RUNNING/PARKING */
    rt_g *schedlink;              /* (rt) global run queue / ready batches */
    rt_g *allnext, *allprev;      /* (rt) all-Gs list (rt_sched lock) */
    rt_sudog sudog;               /* (rt) the waiter record of plain chan ops / sema */
    rt_sudog *sel_sudogs;         /* (rt) select waiters (one per case) while parked */
    int32_t sel_n;                /* (rt) */
    rt_sudog *_Atomic param;      /* (rt) the sudog that won a select */
    rt_timer *sleep_timer;        /* (rt) lazily allocated by rt_sleep */
    struct rt_race_g *race;       /* -race: this goroutine's clock (race.h); else NULL */
};

/* What the VM supplies. All callbacks get the `user` pointer given to rt_sched_new. */
typedef struct rt_callbacks {
    /* Run g until it parks, yields or exits. Called on an M holding a P. */
    rt_run_result (*run)(void *user, rt_g *g);
    /* Every G is asleep (Go's checkdead). Called once, with no scheduler lock held,
     * from whichever M noticed it; it may print the goroutine dump (rt_for_each_g)
     * and exit the process. If it returns, rt_sched_run_main returns 1. */
    void (*deadlock)(void *user);
    /* The run outlasts its first time slice: a G yielded or parked, or entered a
     * blocking call. Called once per run, on the M that saw it first, with no scheduler
     * lock held (the VM starts its SIGQUIT watcher then: most runs end before). May be
     * NULL. */
    void (*long_run)(void *user);
} rt_callbacks;

/* ---------- scheduler lifetime ---------- */
/* nprocs: GOMAXPROCS (>= 1). GC_INIT() must have been called (the VM does). */
rt_sched *rt_sched_new(int nprocs, const rt_callbacks *cb, void *user);
/* Releases malloc'd resources; call after rt_sched_run_main returned. */
void rt_sched_free(rt_sched *s);
/* Run main_g (goid 1) and every G it spawns on the calling thread (which becomes M0)
 * plus up to GOMAXPROCS-1 (+ blocked) more Ms. Returns when main_g exits (0) or on
 * deadlock (1, after the deadlock callback returned). Other Gs are abandoned; all M
 * threads have stopped (Ms stuck in rt_enter_blocking are detached). One call per
 * scheduler. rt_sched_stop makes it return 2. The calling thread must be registered
 * with the GC. */
int rt_sched_run_main(rt_sched *s, rt_g *main_g);

/* End the program from any G or thread (os.Exit, fatal error, unrecovered panic):
 * every M stops after its current run() returns and rt_sched_run_main returns 2. The
 * caller's run() should return RT_RUN_EXITED or RT_RUN_PARKED (after rt_park_forever). */
void rt_sched_stop(rt_sched *s);

/* ---------- goroutines ---------- */
/* Make g (zeroed, vm_g set) runnable: assigns its goid, adds it to the all-Gs list,
 * puts it in the current P's runnext (Go's newproc). May be called [G] or from the
 * host before run_main. */
void rt_spawn(rt_sched *s, rt_g *g);
/* A VM that reuses its dead Gs sets RT_ALLG_KEEP in a G before spawning it: the G then
 * stays on the all-Gs list (as DEAD, skipped by rt_for_each_g) when it exits, and
 * spawning it again costs no list update (Go's allgs). Before dropping such a dead G for
 * good the VM calls rt_g_release (after `run` returned for it; any thread). */
enum {
    RT_ALLG_KEEP = 1,
    RT_ALLG_ON = 2,  /* (rt) on the list */
    RT_ALLG_HOST = 4 /* not a goroutine: a host thread's waiter (chan.h's rt_hwaiter); never
                        spawned or listed, rt_ready wakes its thread instead of queueing it */
};
void rt_g_release(rt_sched *s, rt_g *g);
/* Make a parked G runnable (see the parking protocol). Any thread. */
void rt_ready(rt_sched *s, rt_g *g);
/* [G] runtime.Gosched: call, then return RT_RUN_YIELDED. Every yield, Gosched or budget
 * preemption alike, puts the G on the global queue (Go's goschedImpl): a G that keeps
 * spawning then waits behind the Gs it overflowed there, which bounds how many are alive. */
void rt_gosched(rt_sched *s, rt_g *self);
/* [G] Park forever (nil channel, select {}): always RT_PARK. */
rt_status rt_park_forever(rt_sched *s, rt_g *self, rt_wait_reason reason);
/* [G] Park with a custom wait: set self PARKING with `reason`; the caller has already
 * published self somewhere from which rt_ready will be called. Always RT_PARK. */
rt_status rt_park(rt_sched *s, rt_g *self, rt_wait_reason reason);

/* runtime.GOMAXPROCS(n): sets the number of Ps if n > 0; returns the previous value. */
int rt_gomaxprocs(rt_sched *s, int n);
/* runtime.NumGoroutine: spawned and not exited (main included). */
int64_t rt_num_goroutine(rt_sched *s);
/* Call fn for every live G (spawned, not exited) under the all-Gs lock; fn must not
 * call back into the scheduler. Used for goroutine dumps. */
void rt_for_each_g(rt_sched *s, void (*fn)(void *arg, rt_g *g), void *arg);

/* Embedding: *live > 0 means a host thread may still send, receive or close on a channel
 * (it holds a channel handle, or is inside a channel operation), so "all goroutines are
 * asleep" is not a deadlock: the Ms idle until the host acts. Before rt_sched_run_main. */
void rt_sched_set_host_live(rt_sched *s, _Atomic int32_t *live);
/* The program has no go statement: no spare M is started before main (start_spare_m);
 * Ms are still made on demand. Before rt_sched_run_main. */
void rt_sched_set_no_spare(rt_sched *s);
/* *live dropped to 0: if every M is idle, wake one to run the deadlock check again. Any
 * thread. */
void rt_sched_recheck_dead(rt_sched *s);

/* [G] A native that blocks outside the VM (host call, file I/O) brackets the call
 * with these: the M hands its P to another M for the duration, so other goroutines
 * keep running, and deadlock detection knows a G may still wake the others. */
void rt_enter_blocking(rt_sched *s, rt_g *self);
void rt_exit_blocking(rt_sched *s, rt_g *self);

/* Clears the 8 KB of C stack below the caller. The collector scans the stacks of threads
 * conservatively; the frames a thread pushes next (an M on its way to sleep, a collection
 * that runtime.GC starts) would otherwise keep, in slots they never write, stale words of
 * the interpreter's earlier deeper frames: pointers that keep dead objects (and their
 * finalizers) alive. */
void rt_clear_stack(void);

/* ---------- deterministic scheduling (det.c; minigo run -seed N) ---------- */
/* Before rt_sched_run_main, on a scheduler made with nprocs 1: from now on one M runs
 * everything; which runnable G runs next, select's choice and where a G is preempted
 * come from a generator seeded with `seed`; time is virtual: it stands still while Gs
 * run and jumps to the next timer when every G is blocked (as in Go's testing/synctest
 * bubble), so time.Sleep(time.Hour) returns at once. Blocking natives keep the P (the
 * whole program waits with them). Same seed, same program: same run. */
void rt_sched_set_seed(rt_sched *s, uint64_t seed);
bool rt_sched_det(rt_sched *s);
/* [G] A scheduling point of deterministic mode (after a go statement, a channel
 * operation, a native call such as a lock or an atomic): true when the seeded
 * generator says the G should yield here (the caller then returns RT_RUN_YIELDED).
 * Always false outside deterministic mode. */
bool rt_sched_point(rt_sched *s);
/* A number from the seeded generator (deterministic mode), for the VM's other
 * random choices (map iteration order, math/rand's seed). */
uint64_t rt_sched_rand(rt_sched *s);

/* ---------- time and timers (timer.c) ---------- */
int64_t rt_nanotime(void); /* CLOCK_MONOTONIC in ns */
/* The scheduler's clock: rt_nanotime(), or the virtual clock in deterministic mode.
 * Timers, time.Now and time.Sleep all read this one. */
int64_t rt_now(rt_sched *s);
/* The wall clock matching rt_now: Unix seconds and nanoseconds. In deterministic mode
 * it starts at 2009-11-10 23:00:00 UTC (the Go playground's epoch). */
void rt_wall_now(rt_sched *s, int64_t *unix_sec, int64_t *nsec);

/* A timer fires by calling fn(s, t, arg) on an M that holds a P, with no lock held and
 * no current G: fn must not block (it may rt_ready, rt_spawn, rt_chan_try_send). */
typedef void (*rt_timer_fn)(rt_sched *s, rt_timer *t, void *arg);

struct rt_timer {
    int64_t when;   /* monotonic ns */
    int64_t period; /* > 0: re-armed after firing (Ticker) */
    rt_timer_fn fn;
    void *arg;
    rt_p *p;       /* (rt) heap that holds it, NULL when not pending */
    int32_t index; /* (rt) heap position */
};

/* A GC-allocated timer, not started. */
rt_timer *rt_timer_new(rt_timer_fn fn, void *arg);
/* Start (or restart) t to fire at `when` (and every `period` ns after if > 0). Returns
 * true if t was pending (Go's Reset result). Goes to the current P's heap. */
bool rt_timer_start(rt_sched *s, rt_timer *t, int64_t when, int64_t period);
/* Stop t; true if it was pending (Go's Stop result). */
bool rt_timer_stop(rt_sched *s, rt_timer *t);
/* [G] time.Sleep(ns): RT_DONE at once if ns <= 0, else parks self ("sleep"). */
rt_status rt_sleep(rt_sched *s, rt_g *self, int64_t ns);

/* A busy-wait hint to the CPU (x86 PAUSE): spinning loops call it between looks. */
static inline void rt_cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#else
    __asm__ __volatile__("" ::: "memory");
#endif
}

/* ---------- semaphores (sema.c) ----------
 * Go's runtime_Semacquire/Semrelease over a word in GC memory (e.g. sync.Mutex.sema).
 * Waiters per address are FIFO (lifo: queue at the front, Go's starving mutex). */
rt_status rt_semacquire(rt_sched *s, rt_g *self, uint64_t *addr, rt_wait_reason reason, bool lifo);
/* Wake the first waiter (handing it the unit) or increment *addr. Any thread. */
void rt_semrelease(rt_sched *s, uint64_t *addr);
/* [G] Try to take a unit of the semaphore at addr without waiting. */
bool rt_semtryacquire(uint64_t *addr);
/* [G] Wait without parking, for a goroutine that cannot park (a function that a native
 * called): hand the P to another M and poll ready(arg) every few microseconds until it
 * returns true. The process may end meanwhile (exit does not wait for this M). */
void rt_poll_wait(rt_sched *s, rt_g *self, bool (*ready)(void *arg), void *arg);
/* [G] Whether a goroutine that found a lock held should busy-wait a little (its
 * iter-th time) rather than park: other Ps are running and this one has no other
 * work (Go's sync_runtime_canSpin). */
bool rt_can_spin(rt_sched *s, rt_g *self, int iter);

#endif
