/* race.c - vector clocks, sync clocks and the channel rules of the race detector
 * (race.h has the model and the invariants). Only `minigo run -race` creates an
 * rt_race; without one every hook is a NULL test at its call site.
 */
#include <string.h>

#include "rt_internal.h"
#include "race.h"

/* Slots of a buffered channel's clocks: a bigger buffer shares them (slot k mod
 * RACE_CHAN_SLOTS), which only adds edges. */
#define RACE_CHAN_SLOTS 1024

struct rt_race {
    rt_lock lock; /* tids */
    rt_race_g **gs;
    _Atomic uint32_t ngs; /* written under lock */
    uint32_t capgs;
    rt_race_table sync; /* address -> race_sync */
};

typedef struct race_sync {
    rt_race_node node;
    rt_vc vc;
} race_sync;

/* A channel's clocks (rt_chan.race), under c->lock. */
typedef struct rt_race_chan {
    uint32_t nslots;
    rt_vc *slots;
    rt_vc closed;
} rt_race_chan;

/* ---------- the table ---------- */

static uint64_t hash_addr(uintptr_t key) {
    return (uint64_t)(key >> 3) * 0x9E3779B97F4A7C15ULL;
}

void rt_race_table_init(rt_race_table *t) {
    for (int i = 0; i < RT_RACE_STRIPES; i++) {
        rt_lock_init(&t->s[i].lock);
        t->s[i].bits = 6;
        t->s[i].n = 0;
        t->s[i].b = rt_alloc(sizeof(rt_race_node *) << 6);
    }
}

static void stripe_grow(rt_race_stripe *s) {
    uint32_t bits = s->bits + 1;
    rt_race_node **b = rt_alloc(sizeof(rt_race_node *) << bits);
    for (uint64_t i = 0; i < (uint64_t)1 << s->bits; i++) {
        rt_race_node *n = s->b[i];
        while (n) {
            rt_race_node *next = n->next;
            uint64_t h = hash_addr(n->key) >> (64 - bits);
            n->next = b[h];
            b[h] = n;
            n = next;
        }
    }
    s->b = b;
    s->bits = bits;
}

rt_race_node *rt_race_table_lock(rt_race_table *t, uintptr_t key, size_t node_size,
                                 rt_race_stripe **stripe) {
    uint64_t h = hash_addr(key);
    rt_race_stripe *s = &t->s[h & (RT_RACE_STRIPES - 1)];
    *stripe = s;
    rt_lock_acquire(&s->lock);
    rt_race_node **at = &s->b[h >> (64 - s->bits)];
    for (rt_race_node *n = *at; n; n = n->next)
        if (n->key == key) return n;
    if (!node_size) return NULL;
    if (s->n >= (uint64_t)1 << s->bits) {
        stripe_grow(s);
        at = &s->b[h >> (64 - s->bits)];
    }
    rt_race_node *n = rt_alloc(node_size);
    n->key = key;
    n->next = *at;
    *at = n;
    s->n++;
    return n;
}

/* ---------- vector clocks ---------- */

static void vc_reserve(rt_vc *v, uint32_t n) {
    if (n <= v->cap) return;
    uint32_t cap = v->cap ? v->cap : 8;
    while (cap < n)
        cap *= 2;
    uint32_t *c = rt_alloc_atomic(sizeof *c * cap);
    if (v->n) memcpy(c, v->c, sizeof *c * v->n);
    memset(c + v->n, 0, sizeof *c * (cap - v->n));
    v->c = c;
    v->cap = cap;
}

/* dst := max(dst, src) entrywise */
static void vc_join(rt_vc *dst, const rt_vc *src) {
    if (src->n > dst->n) {
        vc_reserve(dst, src->n);
        dst->n = src->n;
    }
    for (uint32_t i = 0; i < src->n; i++)
        if (src->c[i] > dst->c[i]) dst->c[i] = src->c[i];
}

static void vc_set(rt_vc *v, uint32_t tid, uint32_t clk) {
    if (tid >= v->n) {
        vc_reserve(v, tid + 1);
        v->n = tid + 1;
    }
    v->c[tid] = clk;
}

static void tick(rt_race_g *g) {
    vc_set(&g->vc, g->tid, rt_vc_get(&g->vc, g->tid) + 1);
}

/* ---------- goroutines ---------- */

rt_race *rt_race_new(void) {
    rt_race *r = rt_alloc(sizeof *r);
    rt_lock_init(&r->lock);
    rt_race_table_init(&r->sync);
    r->ngs = 1; /* tid 0 is never used: a zero epoch means "no access" */
    return r;
}

rt_race_g *rt_race_g_start(rt_race *r, rt_race_g *parent) {
    rt_race_g *g = rt_alloc(sizeof *g);
    g->race = r;
    rt_lock_acquire(&r->lock);
    if (r->ngs >= r->capgs) {
        uint32_t cap = r->capgs ? r->capgs * 2 : 64;
        rt_race_g **gs = rt_alloc(sizeof *gs * cap);
        if (r->gs) memcpy(gs, r->gs, sizeof *gs * r->ngs);
        r->gs = gs;
        r->capgs = cap;
    }
    g->tid = r->ngs;
    r->gs[r->ngs++] = g;
    rt_lock_release(&r->lock);
    if (parent) {
        vc_join(&g->vc, &parent->vc);
        tick(parent);
    }
    vc_set(&g->vc, g->tid, 1);
    return g;
}

void rt_race_g_exit(rt_race_g *g) {
    g->finished = true;
    g->vc = (rt_vc){0};
}

uint32_t rt_race_ntids(rt_race *r) {
    return atomic_load_explicit(&r->ngs, memory_order_relaxed);
}

rt_race_g *rt_race_g_of(rt_race *r, uint32_t tid) {
    rt_lock_acquire(&r->lock);
    rt_race_g *g = tid < r->ngs ? r->gs[tid] : NULL;
    rt_lock_release(&r->lock);
    return g;
}

/* ---------- sync objects ---------- */

void rt_race_acquire(rt_race_g *g, const void *addr) {
    rt_race_stripe *s;
    race_sync *n = (race_sync *)rt_race_table_lock(&g->race->sync, (uintptr_t)addr, 0, &s);
    if (n) vc_join(&g->vc, &n->vc);
    rt_race_table_unlock(s);
}

void rt_race_release(rt_race_g *g, const void *addr) {
    rt_race_stripe *s;
    race_sync *n = (race_sync *)rt_race_table_lock(&g->race->sync, (uintptr_t)addr, sizeof *n, &s);
    vc_join(&n->vc, &g->vc);
    rt_race_table_unlock(s);
    tick(g);
}

/* ---------- channels ---------- */

static rt_race_g *race_of(rt_g *g) {
    return g ? g->race : NULL;
}

static rt_race_chan *chan_race(rt_chan *c) {
    if (!c->race) {
        rt_race_chan *rc = rt_alloc(sizeof *rc);
        uint64_t n = c->cap < 1 ? 1 : c->cap > RACE_CHAN_SLOTS ? RACE_CHAN_SLOTS : c->cap;
        rc->nslots = (uint32_t)n;
        rc->slots = rt_alloc(sizeof *rc->slots * n);
        c->race = rc;
    }
    return c->race;
}

/* acquire then release on a slot clock: afterwards both hold their join */
static void slot_sync(rt_vc *slot, rt_race_g *g) {
    vc_join(&g->vc, slot);
    vc_join(slot, &g->vc);
    tick(g);
}

void rt_race_chan_slot(rt_chan *c, rt_g *g, int64_t slot) {
    rt_race_g *rg = race_of(g);
    if (!rg) return;
    rt_race_chan *rc = chan_race(c);
    slot_sync(&rc->slots[(uint64_t)slot % rc->nslots], rg);
}

void rt_race_chan_handoff(rt_chan *c, rt_g *sender, rt_g *receiver, bool recv_first) {
    rt_race_g *s = race_of(sender), *r = race_of(receiver);
    if (!s && !r) return;
    if (c->cap > 0) {
        rt_race_chan_slot(c, recv_first ? receiver : sender, c->recvx);
        rt_race_chan_slot(c, recv_first ? sender : receiver, c->recvx);
        return;
    }
    /* unbuffered: each side completes after the other started */
    if (s && r) {
        vc_join(&s->vc, &r->vc);
        vc_join(&r->vc, &s->vc);
        tick(s);
        tick(r);
    }
}

void rt_race_chan_closed_recv(rt_chan *c, rt_g *receiver) {
    rt_race_g *g = race_of(receiver);
    if (g && c->race) vc_join(&g->vc, &((rt_race_chan *)c->race)->closed);
}

void rt_race_chan_close(rt_chan *c, rt_g *closer) {
    rt_race_g *g = race_of(closer);
    if (!g || !c) return;
    rt_lock_acquire(&c->lock);
    vc_join(&chan_race(c)->closed, &g->vc);
    rt_lock_release(&c->lock);
    tick(g);
}
