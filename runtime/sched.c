/* sched.c - the GMP scheduler: Ms, Ps, the scheduler loop, park/ready, idle Ms,
 * spinning, deadlock detection, GOMAXPROCS, blocking outside the VM.
 *
 * Model (Go's proc.go): a G runs on an M (thread) that holds a P. Each M loops:
 * find a runnable G (runnext, local ring, global queue every 61st tick and when
 * the ring is empty, due timers, stealing half of a random victim's ring), call
 * the VM's run() for it, and act on the result (requeue, commit a park, retire).
 *
 * Invariants a change must keep:
 *   - A G is on at most one run queue, and never while an M is inside run() for
 *     it: readying a PARKING G only marks it READIED; its own M queues it after
 *     run() returns (see the parking protocol in sched.h).
 *   - Spinning: nmspinning counts Ms looking for work while holding a P. Work made
 *     runnable wakes an idle P (wakep) only when no M spins; a spinning M that
 *     finds work stops spinning and, if it was the last spinner, calls wakep, so
 *     work spreads one M at a time. A spinner that gives up first publishes its P
 *     as idle and decrements nmspinning, then re-checks every run queue, so a
 *     concurrent producer either sees nmspinning == 0 or the spinner sees its G.
 *   - A spawned G wakes an idle P at once (Go's newproc). With GOMAXPROCS > 1 one
 *     spare M is started idle before main runs (if the program has a go statement),
 *     so that wake-up is a futex wake, not a thread creation on the spawner's time
 *     (start_spare_m).
 *   - A G readied into runnext by a running G (the channel hand-off) does not wake
 *     another M at once: p->wake_pending defers the decision until run() returns;
 *     if the G parked and the readied G is all the P has, this M runs it, so a
 *     ping-pong stays on one thread without futex wake-ups.
 *   - Idle Ms sleep on a malloc'd note inside GC_do_blocking, listed in s->midle;
 *     whoever pops an M from midle hands it a P (nextp) and must wake it. An M
 *     returning from rt_exit_blocking without a free P waits on s->pwait and is
 *     handed the next P that would go idle.
 *   - Deadlock (Go's checkdead): the M that is about to sleep with no deadline
 *     checks, under s->lock, that every M is idle, no run queue holds a G and no
 *     P holds a timer. Ms in rt_enter_blocking or waiting on pwait are not idle.
 *   - Shrinking GOMAXPROCS: idle Ps with id >= nprocs are retired at once; a
 *     running one is retired by its own M at the top of its next schedule.
 */
#include <errno.h>
#include <sched.h>
#include <limits.h>
#include <linux/futex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "rt_internal.h"

static __thread rt_m *tls_current_m; /* "which M am I"; Ms are rooted by s->allm */

static void rt_fatal(const char *msg) {
    fprintf(stderr, "fatal error: %s\n", msg);
    abort();
}

/* ---------- notes: a futex word in malloc'd memory ---------- */

void rt_note_clear(rt_note *n) {
    atomic_store(&n->key, 0);
}

void rt_note_wakeup(rt_note *n) {
    atomic_store(&n->key, 1);
    syscall(SYS_futex, &n->key, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

void rt_note_kick(rt_note *n) {
    uint32_t zero = 0;
    if (atomic_compare_exchange_strong(&n->key, &zero, 2))
        syscall(SYS_futex, &n->key, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

typedef struct note_sleep_args {
    rt_note *note;
    int64_t deadline;
    bool woke;
} note_sleep_args;

/* Runs inside GC_do_blocking: touches only the note and its own stack. */
static void *note_sleep_blocking(void *arg) {
    note_sleep_args *a = arg;
    while (atomic_load(&a->note->key) == 0) {
        struct timespec ts, *tsp = NULL;
        if (a->deadline) {
            int64_t left = a->deadline - rt_nanotime();
            if (left <= 0) return NULL;
            ts.tv_sec = left / 1000000000;
            ts.tv_nsec = left % 1000000000;
            tsp = &ts;
        }
        /* EINTR, EAGAIN and timeouts all loop back to the checks above */
        syscall(SYS_futex, &a->note->key, FUTEX_WAIT_PRIVATE, 0, tsp, NULL, 0);
    }
    a->woke = true;
    return NULL;
}

bool rt_note_sleep(rt_note *n, int64_t deadline) {
    note_sleep_args a = {n, deadline, false};
    rt_do_blocking(note_sleep_blocking, &a);
    return a.woke;
}

int64_t rt_nanotime(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* ---------- small helpers ---------- */

rt_m *rt_current_m(rt_sched *s) {
    rt_m *m = tls_current_m;
    return m && m->sched == s ? m : NULL;
}

uint32_t rt_fastrand(rt_m *m) {
    uint64_t x = m->rand; /* xorshift64* */
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    m->rand = x;
    return (uint32_t)((x * 0x2545F4914F6CDD1DULL) >> 32);
}

static rt_p **allp_load(rt_sched *s) {
    return atomic_load(&s->allp);
}

rt_p *rt_p_new(rt_sched *s, int32_t id) {
    rt_p *p = rt_alloc(sizeof *p);
    p->id = id;
    atomic_store(&p->status, RT_P_IDLE);
    rt_p_timers_init(p);
    return p;
}

static void acquirep(rt_m *m, rt_p *p) {
    m->p = p;
    p->m = m;
    atomic_store(&p->status, RT_P_RUNNING);
}

static rt_p *releasep(rt_m *m) {
    rt_p *p = m->p;
    p->m = NULL;
    p->wake_pending = false;
    m->p = NULL;
    return p;
}

/* s->lock held. Hands p to an M waiting in rt_exit_blocking if any, else idles it
 * (or retires it when GOMAXPROCS shrank below its id). */
static void pidleput(rt_sched *s, rt_p *p) {
    if (p->id >= atomic_load(&s->nprocs)) {
        atomic_store(&p->status, RT_P_DEAD);
        return;
    }
    if (s->pwait) {
        rt_m *m = s->pwait;
        s->pwait = m->schedlink;
        m->nextp = p;
        atomic_store(&p->status, RT_P_RUNNING);
        rt_note_wakeup(m->park);
        return;
    }
    atomic_store(&p->status, RT_P_IDLE);
    p->link = s->pidle;
    s->pidle = p;
    atomic_fetch_add(&s->npidle, 1);
}

static rt_p *pidleget(rt_sched *s) {
    rt_p *p = s->pidle;
    if (p) {
        s->pidle = p->link;
        p->link = NULL;
        atomic_fetch_sub(&s->npidle, 1);
        atomic_store(&p->status, RT_P_RUNNING);
    }
    return p;
}

static rt_m *midleget(rt_sched *s) {
    rt_m *m = s->midle;
    if (m) {
        s->midle = m->schedlink;
        m->schedlink = NULL;
        s->nmidle--;
    }
    return m;
}

static bool midle_remove(rt_sched *s, rt_m *m) {
    for (rt_m **pp = &s->midle; *pp; pp = &(*pp)->schedlink) {
        if (*pp == m) {
            *pp = m->schedlink;
            m->schedlink = NULL;
            s->nmidle--;
            return true;
        }
    }
    return false;
}

/* s->lock held: stop everything (main exited or deadlock). */
static void stop_all_locked(rt_sched *s) {
    atomic_store(&s->stopping, true);
    rt_m *m;
    while ((m = midleget(s))) {
        m->nextp = NULL;
        rt_note_wakeup(m->park);
    }
    while ((m = s->pwait)) {
        s->pwait = m->schedlink;
        m->nextp = NULL;
        rt_note_wakeup(m->park);
    }
}

/* ---------- Ms ---------- */

static void schedule_loop(rt_sched *s, rt_m *m);

/* s->lock held: a new M record on allm (its thread, if any, is started later). */
static rt_m *m_alloc_locked(rt_sched *s) {
    rt_m *m = rt_alloc(sizeof *m);
    m->sched = s;
    m->park = calloc(1, sizeof(rt_note));
    if (!m->park) rt_fatal("runtime: out of memory");
    m->id = s->mid_gen++;
    m->alllink = s->allm;
    s->allm = m;
    s->mcount++;
    m->rand = ((uint64_t)(uintptr_t)m * 0x9E3779B97F4A7C15ULL) ^ (uint64_t)rt_nanotime() ^
              ((uint64_t)m->id << 32) ^ 1;
    if (s->det) m->rand = rt_sched_rand(s) | 1; /* select's choices follow the seed */
    return m;
}

static void *m_thread_main(void *arg) {
    rt_m *m = arg;
    tls_current_m = m;
    if (m->nextp) acquirep(m, m->nextp); /* else a spare: find_runnable idles it */
    m->nextp = NULL;
    schedule_loop(m->sched, m);
    tls_current_m = NULL;
    return NULL;
}

/* Start the thread of m (made by m_alloc_locked with nextp and spinning set). */
static void newm(rt_sched *s, rt_m *m) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    /* natives and nested mg_native_call interpreters run on this C stack */
    pthread_attr_setstacksize(&attr, 8 << 20);
    pthread_t th;
    int err = pthread_create(&th, &attr, m_thread_main, m);
    pthread_attr_destroy(&attr);
    if (err) rt_fatal("runtime: failed to create new OS thread");
    /* joinable only now: GC_pthread_join of a thread still registering crashes */
    pthread_mutex_lock(&s->lock);
    m->thread = th;
    m->thread_state = RT_M_JOINABLE;
    pthread_mutex_unlock(&s->lock);
}

/* With more than one P, start one M before main runs and let it go idle, as Go's
 * runtime has idle Ms by the time main.main starts (its own goroutines started them).
 * Then the first `go` statement only wakes a sleeping thread: creating one costs the
 * spawner some 70 us (GC_pthread_create waits for the new thread to register with the
 * GC), during which a snippet's loop would stall and its goroutines would run early.
 * Waits (briefly) until the spare is on the idle list. A program without a go statement
 * (rt_sched_set_no_spare) gets none: it would only cost a thread and two hand-shakes. */
static void start_spare_m(rt_sched *s) {
    if (atomic_load(&s->nprocs) < 2 || s->no_spare) return;
    pthread_mutex_lock(&s->lock);
    rt_m *m = m_alloc_locked(s);
    pthread_mutex_unlock(&s->lock);
    newm(s, m);
    for (int i = 0; i < 100000; i++) {
        pthread_mutex_lock(&s->lock);
        bool idle = s->nmidle > 0;
        pthread_mutex_unlock(&s->lock);
        if (idle) return;
        sched_yield();
    }
}

/* Run p (or an idle P when NULL) on an idle or new M. */
static void startm(rt_sched *s, rt_p *p, bool spinning) {
    pthread_mutex_lock(&s->lock);
    if (!p) p = pidleget(s);
    if (!p || atomic_load(&s->stopping)) {
        if (p) pidleput(s, p);
        pthread_mutex_unlock(&s->lock);
        if (spinning) atomic_fetch_sub(&s->nmspinning, 1);
        return;
    }
    rt_m *m = midleget(s);
    if (!m) {
        /* registered under the lock that saw !stopping, so run_main waits for it */
        m = m_alloc_locked(s);
        m->nextp = p;
        m->spinning = spinning;
        pthread_mutex_unlock(&s->lock);
        newm(s, m);
        return;
    }
    pthread_mutex_unlock(&s->lock);
    m->spinning = spinning;
    m->nextp = p;
    rt_note_wakeup(m->park);
}

void rt_wakep(rt_sched *s) {
    if (atomic_load(&s->npidle) == 0) return;
    int32_t zero = 0;
    if (atomic_load(&s->nmspinning) != 0 ||
        !atomic_compare_exchange_strong(&s->nmspinning, &zero, 1))
        return;
    startm(s, NULL, true);
}

static void reset_spinning(rt_sched *s, rt_m *m) {
    m->spinning = false;
    if (atomic_fetch_sub(&s->nmspinning, 1) == 1) rt_wakep(s);
}

/* ---------- finding work ---------- */

static int32_t live_procs(rt_sched *s) {
    return atomic_load(&s->nprocs);
}

/* Run the due timers of every P (under each P's timer lock): the M of an idle P is
 * asleep and the M of a busy one may be inside a long run(). */
static void check_all_timers(rt_sched *s, int64_t now) {
    rt_p **allp = allp_load(s);
    int32_t n = live_procs(s);
    for (int32_t i = 0; i < n; i++) {
        rt_p *p2 = allp[i];
        int64_t w = atomic_load_explicit(&p2->timer0_when, memory_order_relaxed);
        if (w && w <= now) rt_check_timers(s, p2, now);
    }
}

static rt_g *steal_work(rt_sched *s, rt_m *m) {
    rt_p *p = m->p;
    for (int round = 0; round < 4; round++) {
        bool last = round == 3;
        rt_p **allp = allp_load(s);
        int32_t n = live_procs(s);
        uint32_t start = rt_fastrand(m);
        for (int32_t k = 0; k < n; k++) {
            if (atomic_load(&s->stopping)) return NULL;
            rt_p *victim = allp[(start + (uint32_t)k) % (uint32_t)n];
            if (victim == p) continue;
            if (last) {
                int64_t w = atomic_load_explicit(&victim->timer0_when, memory_order_relaxed);
                if (w && w <= rt_now(s)) {
                    rt_check_timers(s, victim, rt_now(s));
                    rt_g *g = rt_runq_get(p);
                    if (g) return g;
                }
            }
            if (!rt_runq_empty(victim)) {
                rt_g *g = rt_runq_steal(p, victim, last);
                if (g) return g;
            }
        }
    }
    return NULL;
}

static int64_t earliest_timer(rt_sched *s) {
    rt_p **allp = allp_load(s);
    int32_t n = atomic_load(&s->allp_len);
    int64_t best = 0;
    for (int32_t i = 0; i < n; i++) {
        int64_t w = atomic_load(&allp[i]->timer0_when);
        if (w && (!best || w < best)) best = w;
    }
    return best;
}

/* s->lock held: Go's checkdead. */
static bool is_deadlocked(rt_sched *s) {
    if (s->mcount - s->nmidle > 0) return false;
    if (s->host_live && atomic_load(s->host_live) > 0) return false; /* the host may act */
    if (atomic_load(&s->runq_size) > 0) return false;
    rt_p **allp = allp_load(s);
    int32_t n = atomic_load(&s->allp_len);
    for (int32_t i = 0; i < n; i++) {
        if (!rt_runq_empty(allp[i])) return false;
        if (atomic_load(&allp[i]->timer0_when)) return false;
    }
    return true;
}

static void retire_p(rt_sched *s, rt_m *m) {
    rt_p *p = m->p;
    rt_g *g;
    while ((g = rt_runq_get(p))) {
        pthread_mutex_lock(&s->lock);
        rt_globrunq_put(s, g);
        pthread_mutex_unlock(&s->lock);
    }
    rt_timers_move(s, p, allp_load(s)[0]);
    pthread_mutex_lock(&s->lock);
    releasep(m);
    atomic_store(&p->status, RT_P_DEAD);
    pthread_mutex_unlock(&s->lock);
    if (m->spinning) {
        m->spinning = false;
        atomic_fetch_sub(&s->nmspinning, 1);
    }
}

/* Give up the P (if held) and sleep until handed one. False: the scheduler stops. */
static bool stop_m(rt_sched *s, rt_m *m) {
    rt_clear_stack(); /* about to sleep: see sched.h */
    pthread_mutex_lock(&s->lock);
    if (atomic_load(&s->stopping)) {
        pthread_mutex_unlock(&s->lock);
        return false;
    }
    if (m->p) {
        if (atomic_load(&s->runq_size) > 0) { /* arrived meanwhile: keep the P */
            pthread_mutex_unlock(&s->lock);
            return true;
        }
        pidleput(s, releasep(m));
    }
    pthread_mutex_unlock(&s->lock);
    if (m->spinning) {
        m->spinning = false;
        atomic_fetch_sub(&s->nmspinning, 1);
    }
    /* re-check every ring now that nmspinning no longer counts us */
    rt_p **allp = allp_load(s);
    int32_t n = live_procs(s);
    for (int32_t i = 0; i < n; i++) {
        if (!rt_runq_empty(allp[i])) {
            pthread_mutex_lock(&s->lock);
            rt_p *p = pidleget(s);
            pthread_mutex_unlock(&s->lock);
            if (p) {
                acquirep(m, p);
                m->spinning = true;
                atomic_fetch_add(&s->nmspinning, 1);
                return true;
            }
            break;
        }
    }
    for (;;) {
        int64_t deadline = earliest_timer(s);
        if (s->det && deadline) rt_det_idle(s, deadline); /* virtual time jumps */
        pthread_mutex_lock(&s->lock);
        if (atomic_load(&s->stopping)) {
            pthread_mutex_unlock(&s->lock);
            return false;
        }
        if (atomic_load(&s->runq_size) > 0 || (deadline && deadline <= rt_now(s))) {
            rt_p *p = pidleget(s);
            if (p) {
                pthread_mutex_unlock(&s->lock);
                acquirep(m, p);
                return true;
            }
        }
        m->nextp = NULL;
        m->schedlink = s->midle;
        s->midle = m;
        s->nmidle++;
        if (!deadline && is_deadlocked(s)) {
            midle_remove(s, m);
            s->deadlocked = true;
            stop_all_locked(s);
            pthread_mutex_unlock(&s->lock);
            if (s->cb.deadlock) s->cb.deadlock(s->user);
            return false;
        }
        pthread_mutex_unlock(&s->lock);

        bool woke = rt_note_sleep(m->park, deadline);
        if (!woke) {
            pthread_mutex_lock(&s->lock);
            bool still_idle = midle_remove(s, m);
            pthread_mutex_unlock(&s->lock);
            if (still_idle) continue;  /* timer due: look for a P to run it */
            rt_note_sleep(m->park, 0); /* someone popped us: their wake-up is coming */
        }
        rt_note_clear(m->park);
        if (!m->nextp) {
            pthread_mutex_lock(&s->lock);
            bool again = m->recheck && !atomic_load(&s->stopping);
            m->recheck = false;
            pthread_mutex_unlock(&s->lock);
            if (again) continue; /* rt_sched_recheck_dead: idle again, checking */
            return false;        /* woken by stop_all_locked */
        }
        acquirep(m, m->nextp);
        m->nextp = NULL;
        return true;
    }
}

__attribute__((noinline)) void rt_clear_stack(void) {
    char buf[8192];
    explicit_bzero(buf, sizeof buf);
}

static rt_g *find_runnable(rt_sched *s, rt_m *m) {
    for (;;) {
        if (atomic_load(&s->stopping)) return NULL;
        if (!m->p) {
            if (!stop_m(s, m)) return NULL;
            continue;
        }
        rt_p *p = m->p;
        if (p->id >= live_procs(s)) {
            retire_p(s, m);
            continue;
        }
        p->schedtick++;
        if (atomic_load_explicit(&p->timer0_when, memory_order_relaxed))
            rt_check_timers(s, p, rt_now(s));
        if (p->schedtick % 61 == 0 && !s->det) {
            check_all_timers(s, rt_now(s));
            if (atomic_load(&s->runq_size) > 0) {
                pthread_mutex_lock(&s->lock);
                rt_g *g = rt_globrunq_get(s, p, 1);
                pthread_mutex_unlock(&s->lock);
                if (g) return g;
            }
        }
        rt_g *g;
        if (s->det) {
            if ((g = rt_det_pick(s, p))) return g;
            check_all_timers(s, rt_now(s));
            if (!rt_runq_empty(p)) continue;
            if (!stop_m(s, m)) return NULL;
            continue;
        }
        g = rt_runq_get(p);
        if (g) return g;
        if (atomic_load(&s->runq_size) > 0) {
            pthread_mutex_lock(&s->lock);
            g = rt_globrunq_get(s, p, 0);
            pthread_mutex_unlock(&s->lock);
            if (g) return g;
        }
        int32_t busy = live_procs(s) - atomic_load(&s->npidle);
        if (m->spinning || 2 * atomic_load(&s->nmspinning) < busy) {
            if (!m->spinning) {
                m->spinning = true;
                atomic_fetch_add(&s->nmspinning, 1);
            }
            g = steal_work(s, m);
            if (g) return g;
        }
        check_all_timers(s, rt_now(s));
        if (!rt_runq_empty(p)) continue;
        if (!stop_m(s, m)) return NULL;
    }
}

/* ---------- running a G ---------- */

/* Takes g off the all-Gs list (it is on it). */
static void allg_unlink(rt_sched *s, rt_g *g) {
    pthread_mutex_lock(&s->allg_lock);
    g->allg_flags &= (uint8_t)~RT_ALLG_ON;
    if (g->allprev)
        g->allprev->allnext = g->allnext;
    else
        s->allg = g->allnext;
    if (g->allnext) g->allnext->allprev = g->allprev;
    g->allnext = g->allprev = NULL;
    pthread_mutex_unlock(&s->allg_lock);
}

static void allg_remove(rt_sched *s, rt_g *g) {
    allg_unlink(s, g);
    atomic_fetch_sub(&s->ngoroutine, 1);
}

static void allg_add(rt_sched *s, rt_g *g) {
    pthread_mutex_lock(&s->allg_lock);
    g->allg_flags |= RT_ALLG_ON;
    g->allprev = NULL;
    g->allnext = s->allg;
    if (s->allg) s->allg->allprev = g;
    s->allg = g;
    pthread_mutex_unlock(&s->allg_lock);
    atomic_fetch_add(&s->ngoroutine, 1);
}

/* Count a spawn (+1) or an exit (-1) of a G that stays on the all-Gs list; p: the
 * caller's P or NULL. A per-P count keeps the shared counter's cache line out of the
 * spawn/exit path (Gs often start on one M and end on another). */
static void ngoroutine_add(rt_sched *s, rt_p *p, int64_t d) {
    if (p) {
        int64_t v = atomic_load_explicit(&p->ngoroutine_delta, memory_order_relaxed);
        atomic_store_explicit(&p->ngoroutine_delta, v + d, memory_order_relaxed);
    } else {
        atomic_fetch_add(&s->ngoroutine, d);
    }
}

static void note_long_run(rt_sched *s) {
    if (s->cb.long_run && !atomic_load_explicit(&s->long_run, memory_order_relaxed) &&
        !atomic_exchange(&s->long_run, true))
        s->cb.long_run(s->user);
}

static void execute(rt_sched *s, rt_m *m, rt_g *g) {
    g->m = m;
    m->curg = g;
    atomic_store_explicit(&g->status, RT_G_RUNNING, memory_order_relaxed);
    if (g->sel_sudogs) rt_select_finish(s, g);
    RT_TRACE(s, RT_TEV_START, g, 0, 0);
    rt_run_result r = s->cb.run(s->user, g);
    m->curg = NULL;
    rt_p *p = m->p; /* NULL only if rt_exit_blocking found the scheduler stopping */
    switch (r) {
    case RT_RUN_YIELDED:
        RT_TRACE(s, RT_TEV_YIELD, g, 0, 0);
        if (s->det) rt_det_yielded(s);
        atomic_store(&g->status, RT_G_RUNNABLE);
        g->m = NULL;
        /* Go's goschedImpl: a preempted G goes to the global queue too, behind the Gs
         * that overflowed there, so a G that keeps spawning cannot outrun their draining
         * (the live set stays about one time slice's worth of spawns) */
        pthread_mutex_lock(&s->lock);
        rt_globrunq_put(s, g);
        pthread_mutex_unlock(&s->lock);
        break;
    case RT_RUN_PARKED: {
        g->m = NULL;
        uint32_t expect = RT_G_PARKING;
        if (!atomic_compare_exchange_strong(&g->status, &expect, RT_G_WAITING)) {
            if (expect != RT_G_READIED) rt_fatal("runtime: G returned PARKED without parking");
            atomic_store(&g->status, RT_G_RUNNABLE);
            if (p)
                rt_runq_put(s, p, g, true);
            else {
                pthread_mutex_lock(&s->lock);
                rt_globrunq_put(s, g);
                pthread_mutex_unlock(&s->lock);
            }
        }
        break;
    }
    case RT_RUN_EXITED:
        RT_TRACE(s, RT_TEV_END, g, 0, 0);
        g->m = NULL;
        atomic_store(&g->status, RT_G_DEAD);
        if (g->allg_flags & RT_ALLG_KEEP) /* stays listed, DEAD, for reuse */
            ngoroutine_add(s, p, -1);
        else
            allg_remove(s, g);
        if (g == s->main_g) {
            pthread_mutex_lock(&s->lock);
            stop_all_locked(s);
            pthread_mutex_unlock(&s->lock);
        }
        break;
    }
    if (p && p->wake_pending) {
        p->wake_pending = false;
        /* the readied G alone in runnext is run by this M next: no wake-up needed */
        if (r == RT_RUN_YIELDED || rt_runq_len(p) > 0) rt_wakep(s);
    }
    if (r != RT_RUN_EXITED) note_long_run(s);
}

static void schedule_loop(rt_sched *s, rt_m *m) {
    for (;;) {
        rt_g *g = find_runnable(s, m);
        if (!g) break;
        if (m->spinning) reset_spinning(s, m);
        execute(s, m, g);
    }
    pthread_mutex_lock(&s->lock);
    m->exited = true;
    if (m->p) {
        rt_p *p = releasep(m);
        atomic_store(&p->status, RT_P_IDLE);
    }
    pthread_mutex_unlock(&s->lock);
}

/* ---------- the public API ---------- */

rt_sched *rt_sched_new(int nprocs, const rt_callbacks *cb, void *user) {
    if (nprocs < 1) nprocs = 1;
    rt_sched *s = rt_alloc(sizeof *s);
    /* adaptive mutexes: every critical section here is short, so a contended lock spins a
     * little before sleeping in the kernel */
    pthread_mutexattr_t attr;
    pthread_mutexattr_init(&attr);
    pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_ADAPTIVE_NP);
    pthread_mutex_init(&s->lock, &attr);
    pthread_mutex_init(&s->allg_lock, &attr);
    s->cb = *cb;
    s->user = user;
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    s->ncpu = ncpu > 0 ? (int32_t)ncpu : 1;
    atomic_store(&s->goid_gen, 1); /* goid 1 is main's */
    for (int i = 0; i < RT_SEMA_TABLE; i++)
        pthread_mutex_init(&s->sema[i].lock, NULL);
    pthread_mutexattr_destroy(&attr);
    rt_p **allp = rt_alloc(sizeof(rt_p *) * (size_t)nprocs);
    for (int i = 0; i < nprocs; i++)
        allp[i] = rt_p_new(s, i);
    atomic_store(&s->allp, allp);
    atomic_store(&s->allp_len, nprocs);
    atomic_store(&s->nprocs, nprocs);
    pthread_mutex_lock(&s->lock);
    for (int i = nprocs - 1; i >= 0; i--)
        pidleput(s, allp[i]);
    pthread_mutex_unlock(&s->lock);
    return s;
}

void rt_sched_free(rt_sched *s) {
    pthread_mutex_lock(&s->lock);
    for (rt_m *m = s->allm; m; m = m->alllink) {
        if (m->exited && !m->blocking) {
            free(m->park);
            m->park = NULL;
        }
    }
    pthread_mutex_unlock(&s->lock);
}

int rt_sched_run_main(rt_sched *s, rt_g *main_g) {
    pthread_mutex_lock(&s->lock);
    rt_m *m0 = m_alloc_locked(s);
    pthread_mutex_unlock(&s->lock);
    m0->is_host = true;
    m0->thread = pthread_self();
    rt_m *saved = tls_current_m;
    tls_current_m = m0;

    s->main_g = main_g;
    main_g->goid = 1;
    atomic_store(&main_g->status, RT_G_RUNNABLE);
    allg_add(s, main_g);
    if (s->trace) rt_trace_create(s, main_g);
    pthread_mutex_lock(&s->lock);
    rt_p *p = pidleget(s);
    pthread_mutex_unlock(&s->lock);
    acquirep(m0, p);
    start_spare_m(s);
    rt_runq_put(s, p, main_g, true);
    if (atomic_load(&s->runq_size) > 0) rt_wakep(s);

    schedule_loop(s, m0);

    /* join the other Ms; an M stuck in a blocking host call is detached instead */
    for (;;) {
        rt_m *target = NULL;
        bool creating = false;
        pthread_mutex_lock(&s->lock);
        for (rt_m *m = s->allm; m; m = m->alllink) {
            if (m->is_host || m->thread_state == RT_M_JOINED) continue;
            if (m->thread_state == RT_M_CREATING) {
                creating = true;
                continue;
            }
            target = m;
            break;
        }
        bool detach = target && target->blocking && !target->exited;
        pthread_t th = target ? target->thread : 0;
        if (target) target->thread_state = RT_M_JOINED;
        pthread_mutex_unlock(&s->lock);
        if (target) {
            if (detach)
                pthread_detach(th);
            else
                pthread_join(th, NULL);
        } else if (creating) {
            sched_yield(); /* an M is inside pthread_create: wait for it to be joinable */
        } else {
            break;
        }
    }
    tls_current_m = saved;
    return s->deadlocked ? 1 : s->stop_requested ? 2 : 0;
}

void rt_sched_stop(rt_sched *s) {
    pthread_mutex_lock(&s->lock);
    if (!atomic_load(&s->stopping)) s->stop_requested = true;
    stop_all_locked(s);
    pthread_mutex_unlock(&s->lock);
}

void rt_spawn(rt_sched *s, rt_g *g) {
    rt_m *m = rt_current_m(s);
    rt_p *p = m ? m->p : NULL;
    if (p) {
        if (p->goidcache == p->goidcache_end) {
            p->goidcache = atomic_fetch_add(&s->goid_gen, RT_GOID_BATCH);
            p->goidcache_end = p->goidcache + RT_GOID_BATCH;
        }
        g->goid = ++p->goidcache;
    } else {
        g->goid = atomic_fetch_add(&s->goid_gen, 1) + 1;
    }
    /* published to other Ms by the run queue's release */
    atomic_store_explicit(&g->status, RT_G_RUNNABLE, memory_order_relaxed);
    if (g->allg_flags & RT_ALLG_ON)
        ngoroutine_add(s, p, 1); /* a reused G, still listed */
    else
        allg_add(s, g);
    if (s->trace) rt_trace_create(s, g);
    if (p) {
        /* Go's newproc: the new G goes to runnext and an idle P is woken at once, so
         * the spawner keeps running while a spinning M comes to look for work (it
         * leaves a running P's runnext alone for a moment: runq.c's runq_grab) */
        rt_runq_put(s, p, g, true);
        rt_wakep(s);
    } else {
        pthread_mutex_lock(&s->lock);
        rt_globrunq_put(s, g);
        pthread_mutex_unlock(&s->lock);
        rt_wakep(s);
    }
}

static void ready_enqueue(rt_sched *s, rt_g *g) {
    rt_m *m = rt_current_m(s);
    if (m && m->p) {
        rt_runq_put(s, m->p, g, true);
        if (m->curg && rt_runq_len(m->p) == 0)
            m->p->wake_pending = true;
        else
            rt_wakep(s);
    } else {
        pthread_mutex_lock(&s->lock);
        rt_globrunq_put(s, g);
        pthread_mutex_unlock(&s->lock);
        rt_wakep(s);
    }
}

void rt_ready(rt_sched *s, rt_g *g) {
    if (__builtin_expect(g->allg_flags & RT_ALLG_HOST, 0)) {
        rt_hwaiter_wake(g); /* a host thread: no queue, no status (chan.c) */
        return;
    }
    RT_TRACE(s, RT_TEV_UNBLOCK, g, 0, 0);
    for (;;) {
        uint32_t st = atomic_load(&g->status);
        if (st == RT_G_WAITING) {
            if (atomic_compare_exchange_weak(&g->status, &st, RT_G_RUNNABLE)) {
                ready_enqueue(s, g);
                return;
            }
        } else if (st == RT_G_PARKING) {
            if (atomic_compare_exchange_weak(&g->status, &st, RT_G_READIED)) return;
        } else {
            rt_fatal("runtime: rt_ready of a goroutine that is not waiting");
        }
    }
}

void rt_set_parking(rt_g *self, rt_wait_reason reason) {
    if (self->m) RT_TRACE(self->m->sched, RT_TEV_BLOCK, self, reason, 0); /* before any waker */
    self->wait_reason = (uint8_t)reason;
    atomic_store(&self->status, RT_G_PARKING);
}

void rt_gosched(rt_sched *s, rt_g *self) {
    (void)s; /* nothing to record: every yield already goes to the global queue */
    (void)self;
}

rt_status rt_park_forever(rt_sched *s, rt_g *self, rt_wait_reason reason) {
    rt_set_parking(self, reason);
    return RT_PARK;
}

rt_status rt_park(rt_sched *s, rt_g *self, rt_wait_reason reason) {
    rt_set_parking(self, reason);
    return RT_PARK;
}

int rt_gomaxprocs(rt_sched *s, int n) {
    pthread_mutex_lock(&s->lock);
    int old = atomic_load(&s->nprocs);
    if (n <= 0 || n == old || atomic_load(&s->stopping) || s->det) { /* det: one P */
        pthread_mutex_unlock(&s->lock);
        return old;
    }
    int32_t len = atomic_load(&s->allp_len);
    if (n > len) {
        rt_p **old_allp = allp_load(s);
        rt_p **allp = rt_alloc(sizeof(rt_p *) * (size_t)n);
        memcpy(allp, old_allp, sizeof(rt_p *) * (size_t)len);
        for (int i = len; i < n; i++) {
            allp[i] = rt_p_new(s, i);
            atomic_store(&allp[i]->status, RT_P_DEAD);
        }
        atomic_store(&s->allp, allp);
        atomic_store(&s->allp_len, n);
    }
    rt_p **allp = allp_load(s);
    atomic_store(&s->nprocs, n);
    if (n > old) {
        for (int i = old; i < n; i++)
            if (atomic_load(&allp[i]->status) == RT_P_DEAD) pidleput(s, allp[i]);
    } else {
        /* retire the idle Ps above n now; running ones retire themselves */
        rt_p **pp = &s->pidle;
        while (*pp) {
            rt_p *p = *pp;
            if (p->id >= n) {
                *pp = p->link;
                p->link = NULL;
                atomic_fetch_sub(&s->npidle, 1);
                atomic_store(&p->status, RT_P_DEAD);
                rt_timers_move(s, p, allp[0]);
            } else {
                pp = &p->link;
            }
        }
    }
    pthread_mutex_unlock(&s->lock);
    if (n > old) rt_wakep(s);
    return old;
}

void rt_g_release(rt_sched *s, rt_g *g) {
    if (g->allg_flags & RT_ALLG_ON) allg_unlink(s, g);
}

int64_t rt_num_goroutine(rt_sched *s) {
    int64_t n = atomic_load(&s->ngoroutine);
    int32_t len = atomic_load(&s->allp_len); /* before allp: an allp this long is stored */
    rt_p **allp = allp_load(s);
    for (int32_t i = 0; i < len; i++)
        n += atomic_load_explicit(&allp[i]->ngoroutine_delta, memory_order_relaxed);
    return n < 1 ? 1 : n; /* the per-P parts are read at different moments (Go's gcount) */
}

void rt_for_each_g(rt_sched *s, void (*fn)(void *arg, rt_g *g), void *arg) {
    pthread_mutex_lock(&s->allg_lock);
    for (rt_g *g = s->allg; g; g = g->allnext)
        if (atomic_load(&g->status) != RT_G_DEAD) fn(arg, g);
    pthread_mutex_unlock(&s->allg_lock);
}

void rt_sched_set_host_live(rt_sched *s, _Atomic int32_t *live) {
    s->host_live = live;
}

void rt_sched_set_no_spare(rt_sched *s) {
    s->no_spare = true;
}

void rt_sched_recheck_dead(rt_sched *s) {
    pthread_mutex_lock(&s->lock);
    rt_m *m = !atomic_load(&s->stopping) && s->mcount - s->nmidle == 0 ? midleget(s) : NULL;
    if (m) {
        m->nextp = NULL;
        m->recheck = true;
        rt_note_wakeup(m->park);
    }
    pthread_mutex_unlock(&s->lock);
}

void rt_enter_blocking(rt_sched *s, rt_g *self) {
    note_long_run(s);
    if (s->det) return; /* one M only: the program waits with this G (det.c) */
    rt_handoff_p(s, self);
}

void rt_exit_blocking(rt_sched *s, rt_g *self) {
    if (s->det) return;
    rt_reacquire_p(s, self);
}

void rt_handoff_p(rt_sched *s, rt_g *self) {
    rt_m *m = self->m;
    RT_TRACE(s, RT_TEV_HANDOFF, self, 0, 0);
    pthread_mutex_lock(&s->lock);
    s->nblocking++;
    m->blocking = true;
    rt_p *p = releasep(m);
    bool work = !rt_runq_empty(p) || atomic_load(&p->timer0_when) || atomic_load(&s->runq_size) > 0;
    if (!work) pidleput(s, p);
    pthread_mutex_unlock(&s->lock);
    if (work) startm(s, p, false);
}

void rt_reacquire_p(rt_sched *s, rt_g *self) {
    rt_m *m = self->m;
    pthread_mutex_lock(&s->lock);
    s->nblocking--;
    m->blocking = false;
    if (atomic_load(&s->stopping)) {
        pthread_mutex_unlock(&s->lock);
        return; /* m->p stays NULL: the M leaves after run() returns */
    }
    rt_p *p = pidleget(s);
    if (p) {
        pthread_mutex_unlock(&s->lock);
        acquirep(m, p);
        RT_TRACE(s, RT_TEV_REGAIN, self, 0, 0);
        return;
    }
    m->nextp = NULL;
    m->schedlink = s->pwait;
    s->pwait = m;
    pthread_mutex_unlock(&s->lock);
    rt_note_sleep(m->park, 0);
    rt_note_clear(m->park);
    if (m->nextp) {
        acquirep(m, m->nextp);
        m->nextp = NULL;
        RT_TRACE(s, RT_TEV_REGAIN, self, 0, 0);
    }
}
