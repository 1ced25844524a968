/* race.h - the happens-before half of the race detector (minigo run -race): vector
 * clocks per goroutine, sync clocks per synchronising object, and the channel rules.
 * The VM's half (vm/race.c) keeps the shadow state of memory words and reports races.
 *
 * Model (Go's memory model, as ThreadSanitizer implements it for Go):
 *   - every goroutine has a vector clock vc (vc[tid] = its own epoch, starting at 1);
 *   - a release on an object merges the goroutine's clock into the object's clock and
 *     then ticks the goroutine's own entry; an acquire merges the object's clock into
 *     the goroutine's;
 *   - the go statement: the child starts with the parent's clock, the parent ticks;
 *   - channels (c->lock held): an unbuffered hand-off joins both sides (the send
 *     happens before the receive completes and the receive before the send
 *     completes); with a buffer of C, the k-th send and the k-th receive each
 *     acquire and release slot k mod C (so send k -> receive k -> send k+C); close
 *     releases into the channel's close clock, which a receive of the zero value
 *     acquires.
 *     The slots are the buffer's own positions (sendx, recvx), so edges do not depend
 *     on which goroutine parked; a hand-off through an empty buffer uses slot recvx;
 *   - sync (stdlib/sync*.c): Unlock -> Lock by the mutex's address; RWMutex and
 *     WaitGroup as Go annotates them (Unlock -> RLock, RUnlock -> Lock, Done -> Wait);
 *     an atomic load acquires its word's clock, a store releases, an RMW does both;
 *     context and time.AfterFunc follow from the channels and go statements they use.
 * A goroutine's clock is written only by the goroutine itself, or by the goroutine
 * that wakes it while it is parked (under the lock of the object it waits on: the
 * wake-up publishes it). Everything is GC memory, reachable from the rt_race.
 * Clocks of sync objects are found by address in a striped table; a stale entry (the
 * object was freed and its address reused) can only add edges, never a report.
 *
 * Tids are never reused: tid n is the n-th goroutine started (1: main), so a clock
 * vector is as long as the highest tid it has heard of.
 */
#ifndef RT_RACE_H
#define RT_RACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lock.h"
#include "sched.h"

typedef struct rt_vc {
    uint32_t *c; /* GC atomic memory; entries past n are 0 */
    uint32_t n, cap;
} rt_vc;

typedef struct rt_race rt_race;

/* One goroutine's part (rt_g.race). The record outlives the goroutine (reports name
 * finished goroutines); its clock is dropped at exit. */
typedef struct rt_race_g {
    rt_race *race;
    uint32_t tid;
    bool finished;
    int64_t goid; /* set when spawned (0 until then) */
    rt_vc vc;
    const void *created_proto; /* the VM's site of the go statement (vm/race.c) */
    /* vm/race.c's cache of the shadow page this goroutine touched last (pages are
     * never removed from their table, so the pointers stay valid) */
    uintptr_t page_key;
    void *page;
    struct rt_race_stripe *page_stripe;
    int32_t created_line;
} rt_race_g;

/* ---------- a striped hash table of GC nodes keyed by address ----------
 * A node starts with rt_race_node; the key word keeps what it points into alive
 * (the nodes are scanned GC memory), so a shadowed address is never reused. */
typedef struct rt_race_node {
    struct rt_race_node *next;
    uintptr_t key;
} rt_race_node;

#define RT_RACE_STRIPES 64
struct rt_race_stripe;
typedef struct rt_race_stripe {
    rt_lock lock;
    uint32_t bits; /* 1 << bits buckets */
    uint64_t n;
    rt_race_node **b;
} rt_race_stripe;
typedef struct rt_race_table {
    rt_race_stripe s[RT_RACE_STRIPES];
} rt_race_table;

void rt_race_table_init(rt_race_table *t);
/* Locks key's stripe and returns its node; creates a zeroed node of node_size bytes
 * when absent and node_size > 0, else returns NULL (the stripe stays locked). */
rt_race_node *rt_race_table_lock(rt_race_table *t, uintptr_t key, size_t node_size,
                                 rt_race_stripe **stripe);
static inline void rt_race_table_unlock(rt_race_stripe *s) {
    rt_lock_release(&s->lock);
}

/* ---------- clocks ---------- */
rt_race *rt_race_new(void);
/* The record of a goroutine about to be spawned by parent (NULL for main). */
rt_race_g *rt_race_g_start(rt_race *r, rt_race_g *parent);
void rt_race_g_exit(rt_race_g *g);
/* The record of tid (NULL if unknown). */
rt_race_g *rt_race_g_of(rt_race *r, uint32_t tid);
/* Tids handed out so far, plus one (tid 0 is never used): 2 while only main ran. */
uint32_t rt_race_ntids(rt_race *r);

static inline uint32_t rt_vc_get(const rt_vc *v, uint32_t tid) {
    return tid < v->n ? v->c[tid] : 0;
}

/* Sync objects by address (Mutex, RWMutex, WaitGroup, atomics). */
void rt_race_acquire(rt_race_g *g, const void *addr);
void rt_race_release(rt_race_g *g, const void *addr);

/* ---------- channels (chan.c, select.c; c->lock held) ----------
 * g may be NULL (a timer callback) or have no race record: then nothing happens. */
/* A send or receive through buffer slot `slot` (the channel's own sendx / recvx, so the
 * k-th send and the k-th receive meet at the same slot whatever G ran them). */
void rt_race_chan_slot(rt_chan *c, rt_g *g, int64_t slot);
/* A send and a receive that met (one of them was parked). Buffered: the buffer was empty
 * (the send comes first) or full (recv_first: the receive takes the head, the parked
 * sender's value takes the freed slot): both go through slot recvx. */
void rt_race_chan_handoff(rt_chan *c, rt_g *sender, rt_g *receiver, bool recv_first);
void rt_race_chan_closed_recv(rt_chan *c, rt_g *receiver);
/* close(c) by closer, before rt_chan_close (takes c->lock itself). */
void rt_race_chan_close(rt_chan *c, rt_g *closer);

#endif
