/* det.c - deterministic scheduling for `minigo run -seed N` and `-explore N`.
 *
 * With a seed the scheduler runs on one M with one P, and every decision that is
 * left to chance in a normal run comes from one seeded generator instead:
 *   - which runnable G runs next: any of runnext, the local ring and the head of
 *     the global queue, uniformly (rt_det_pick), so every interleaving the program
 *     allows can come up, not only the ones Go's queues make likely;
 *   - where a running G is preempted: besides the budget, at every scheduling point
 *     (a go statement, a channel operation, a native call: locks, atomics, prints),
 *     with a per-seed probability (rt_sched_point);
 *   - select's choice and map iteration order (the M's and the VM's random sources
 *     are seeded from it).
 * Time is virtual (rt_now): it stands still while Gs run, advances a little at each
 * preemption (so a loop polling time.Since or spinning in a select ends), and jumps to the next
 * timer when nothing is runnable. A program that only sleeps finishes at once.
 *
 * Invariant: in this mode exactly one M exists and it holds the one P whenever it runs
 * Gs; blocking natives do not hand the P over. So the queues and the generator are
 * touched by one thread only, and a run is a pure function of (program, seed, input).
 */
#include <time.h>

#include "rt_internal.h"

/* Go playground's epoch: 2009-11-10 23:00:00 UTC */
#define DET_WALL_EPOCH 1257894000LL
/* virtual time that passes at a budget preemption (about a time slice's work) */
#define DET_SLICE_NS 50000
/* ... and at a preemption at a scheduling point (a spinning select-default loop may
 * only ever yield there, and its time must still pass) */
#define DET_POINT_NS 1000
/* the virtual monotonic clock starts here (any positive value would do) */
#define DET_VCLOCK_START 1000000000LL

static uint64_t det_next(rt_sched *s) {
    uint64_t x = s->det_rand += 0x9E3779B97F4A7C15ULL; /* splitmix64 */
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

void rt_sched_set_seed(rt_sched *s, uint64_t seed) {
    s->det = true;
    s->det_rand = seed * 0x2545F4914F6CDD1DULL + 1;
    /* each seed preempts with its own eagerness: never, rarely, often, very often, so
     * that both long uninterrupted runs and fine interleavings are explored */
    static const uint32_t per256[] = {0, 16, 64, 128};
    s->det_yield_per256 = per256[det_next(s) % 4];
    atomic_store(&s->vclock, DET_VCLOCK_START);
    s->vclock_start = DET_VCLOCK_START;
}

bool rt_sched_det(rt_sched *s) {
    return s->det;
}

uint64_t rt_sched_rand(rt_sched *s) {
    return det_next(s);
}

bool rt_sched_point(rt_sched *s) {
    if (!s->det || !s->det_yield_per256) return false;
    if ((det_next(s) & 255) >= s->det_yield_per256) return false;
    s->det_point_yield = true;
    return true;
}

int64_t rt_now(rt_sched *s) {
    return s->det ? atomic_load_explicit(&s->vclock, memory_order_relaxed) : rt_nanotime();
}

void rt_wall_now(rt_sched *s, int64_t *unix_sec, int64_t *nsec) {
    if (s && s->det) {
        int64_t d = rt_now(s) - s->vclock_start;
        *unix_sec = DET_WALL_EPOCH + d / 1000000000;
        *nsec = d % 1000000000;
        return;
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    *unix_sec = (int64_t)ts.tv_sec;
    *nsec = ts.tv_nsec;
}

void rt_det_idle(rt_sched *s, int64_t next_timer) {
    if (next_timer > rt_now(s)) atomic_store(&s->vclock, next_timer);
}

void rt_det_yielded(rt_sched *s) {
    int64_t d = s->det_point_yield ? DET_POINT_NS : DET_SLICE_NS;
    s->det_point_yield = false;
    atomic_fetch_add(&s->vclock, d);
}

#define DET_PICK_MAX (1 + RT_RUNQ_SIZE + 64)

rt_g *rt_det_pick(rt_sched *s, rt_p *p) {
    rt_g *cand[DET_PICK_MAX];
    int n = 0;
    rt_g *next = atomic_exchange(&p->runnext, NULL);
    if (next) cand[n++] = next;
    for (;;) {
        uint32_t h = atomic_load(&p->runqhead), t = atomic_load(&p->runqtail);
        if (h == t) break;
        cand[n++] = atomic_load(&p->runq[h % RT_RUNQ_SIZE]);
        atomic_store(&p->runqhead, h + 1);
    }
    if (atomic_load(&s->runq_size) > 0) {
        pthread_mutex_lock(&s->lock);
        while (n < DET_PICK_MAX && s->runq_head) {
            rt_g *g = s->runq_head;
            s->runq_head = g->schedlink;
            g->schedlink = NULL;
            atomic_fetch_sub(&s->runq_size, 1);
            cand[n++] = g;
        }
        if (!s->runq_head) s->runq_tail = NULL;
        pthread_mutex_unlock(&s->lock);
    }
    if (n == 0) return NULL;
    int k = (int)(det_next(s) % (uint64_t)n);
    rt_g *chosen = cand[k];
    /* the rest go back in their order (an overflow spills to the global queue) */
    for (int i = 0; i < n; i++)
        if (i != k) rt_runq_put(s, p, cand[i], false);
    return chosen;
}
