/* chan.c - channels (Go's hchan) and the wait queues shared with select and sema.
 *
 * Invariants (all under c->lock):
 *   - at least one of sendq and recvq is empty, except for an unbuffered channel
 *     with a single G selecting on both sides of it;
 *   - buffered: qcount > 0 implies recvq is empty; qcount < cap implies sendq is
 *     empty;
 *   - a closed channel has empty queues (close readies every waiter).
 * A waiter is readied only after c->lock is released, and its outcome (value
 * words, park_ok / the winning select sudog) is written before it is readied.
 * A select sudog can be dequeued only by whoever wins the G's select_done CAS;
 * the losers' sudogs stay queued until rt_select_finish (or a dequeue skipping
 * them) unlinks them.
 */
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"
#include "chan.h"
#include "race.h"

/* ---------- wait queues ---------- */

void rt_waitq_enqueue(rt_waitq *q, rt_sudog *sg) {
    sg->next = NULL;
    sg->prev = q->last;
    if (q->last)
        q->last->next = sg;
    else
        q->first = sg;
    q->last = sg;
}

void rt_waitq_push_front(rt_waitq *q, rt_sudog *sg) {
    sg->prev = NULL;
    sg->next = q->first;
    if (q->first)
        q->first->prev = sg;
    else
        q->last = sg;
    q->first = sg;
}

void rt_waitq_remove(rt_waitq *q, rt_sudog *sg) {
    if (!sg->prev && q->first != sg) return; /* not queued (already dequeued) */
    if (sg->prev)
        sg->prev->next = sg->next;
    else
        q->first = sg->next;
    if (sg->next)
        sg->next->prev = sg->prev;
    else
        q->last = sg->prev;
    sg->next = sg->prev = NULL;
}

rt_sudog *rt_waitq_dequeue(rt_waitq *q) {
    for (;;) {
        rt_sudog *sg = q->first;
        if (!sg) return NULL;
        rt_waitq_remove(q, sg);
        if (sg->is_select) {
            uint32_t zero = 0;
            if (!atomic_compare_exchange_strong(&sg->g->select_done, &zero, 1)) continue;
        }
        return sg;
    }
}

/* The waker's last word before readying sg->g: publish the outcome. */
static void sudog_complete(rt_sudog *sg, bool success) {
    sg->success = success;
    if (sg->is_select)
        atomic_store(&sg->g->param, sg);
    else
        sg->g->park_ok = success;
}

/* ---------- element moves (c->lock held) ---------- */

static size_t elem_bytes(rt_chan *c) {
    return (size_t)c->elem_words * sizeof(uint64_t);
}

void rt_chan_zero(rt_chan *c, uint64_t *dst) {
    if (dst && c->elem_words) memset(dst, 0, elem_bytes(c));
}

static void copy_elem(rt_chan *c, uint64_t *dst, const uint64_t *src) {
    if (!dst || !c->elem_words) return;
    if (src)
        memcpy(dst, src, elem_bytes(c));
    else
        memset(dst, 0, elem_bytes(c));
}

static uint64_t *slot(rt_chan *c, int64_t i) {
    return c->buf ? c->buf + i * c->elem_words : NULL;
}

void rt_chan_buf_put(rt_chan *c, const uint64_t *elem, rt_g *self) {
    if (self && self->race) rt_race_chan_slot(c, self, c->sendx);
    copy_elem(c, slot(c, c->sendx), elem);
    if (++c->sendx == c->cap) c->sendx = 0;
    c->qcount++;
}

void rt_chan_buf_take(rt_chan *c, uint64_t *dst, rt_g *self) {
    if (self && self->race) rt_race_chan_slot(c, self, c->recvx);
    uint64_t *sl = slot(c, c->recvx);
    copy_elem(c, dst, sl);
    rt_chan_zero(c, sl); /* do not keep the value alive */
    if (++c->recvx == c->cap) c->recvx = 0;
    c->qcount--;
}

/* Direct hand-off: the value goes straight into the parked receiver's destination. */
void rt_chan_send_to_waiter(rt_chan *c, rt_sudog *sg, const uint64_t *elem, rt_g *self) {
    if (sg->g->race) rt_race_chan_handoff(c, self, sg->g, false);
    copy_elem(c, sg->elem, elem);
    sudog_complete(sg, true);
}

/* A sender is parked: unbuffered, take its value; buffered (hence full), take the
 * head of the buffer and put the sender's value at the tail, keeping FIFO order. */
void rt_chan_recv_from_waiter(rt_chan *c, rt_sudog *sg, uint64_t *dst, rt_g *self) {
    if (sg->g->race) rt_race_chan_handoff(c, sg->g, self, true);
    if (c->cap == 0) {
        copy_elem(c, dst, sg->elem);
    } else {
        uint64_t *sl = slot(c, c->recvx);
        copy_elem(c, dst, sl);
        copy_elem(c, sl, sg->elem);
        if (++c->recvx == c->cap) c->recvx = 0;
        c->sendx = c->recvx;
    }
    sudog_complete(sg, true);
}

void rt_chan_recv_closed(rt_chan *c, uint64_t *dst, rt_g *self) {
    if (self && self->race) rt_race_chan_closed_recv(c, self);
    rt_chan_zero(c, dst);
}

/* ---------- the API ---------- */

rt_chan *rt_chan_new(int elem_words, int64_t cap, bool pointers) {
    rt_chan *c = rt_alloc(sizeof *c);
    rt_lock_init(&c->lock); /* rt_lock: held for a few instructions, spun on when contended */
    c->elem_words = elem_words;
    c->cap = cap;
    if (cap > 0 && elem_words > 0) {
        size_t bytes = (size_t)cap * (size_t)elem_words * sizeof(uint64_t);
        c->buf = pointers ? rt_alloc(bytes) : rt_alloc_atomic(bytes);
    }
    return c;
}

static void park_on(rt_waitq *q, rt_g *self, rt_chan *c, uint64_t *elem, rt_wait_reason why) {
    rt_sudog *sg = &self->sudog;
    sg->g = self;
    sg->elem = elem;
    sg->c = c;
    sg->is_select = false;
    sg->is_send = q == &c->sendq; /* which queue, for taking it off (host waiters, drops) */
    sg->success = false;
    rt_waitq_enqueue(q, sg);
    rt_set_parking(self, why);
}

static rt_status chan_send(rt_sched *s, rt_g *self, rt_chan *c, uint64_t *elem) {
    rt_lock_acquire(&c->lock);
    if (c->closed) {
        rt_lock_release(&c->lock);
        return RT_CLOSED;
    }
    rt_sudog *sg = rt_waitq_dequeue(&c->recvq);
    if (sg) {
        rt_chan_send_to_waiter(c, sg, elem, self);
        rt_lock_release(&c->lock);
        rt_ready(s, sg->g);
        return RT_DONE;
    }
    if (c->qcount < c->cap) {
        rt_chan_buf_put(c, elem, self);
        rt_lock_release(&c->lock);
        return RT_DONE;
    }
    park_on(&c->sendq, self, c, elem, RT_WAIT_CHAN_SEND);
    rt_lock_release(&c->lock);
    return RT_PARK;
}

rt_status rt_chan_send(rt_sched *s, rt_g *self, rt_chan *c, uint64_t *elem) {
    RT_TRACE(s, RT_TEV_SEND, self, (intptr_t)c, 0);
    if (!c) return rt_park_forever(s, self, RT_WAIT_CHAN_SEND_NIL);
    return chan_send(s, self, c, elem);
}

static rt_status chan_recv(rt_sched *s, rt_g *self, rt_chan *c, uint64_t *dst, bool *ok) {
    rt_lock_acquire(&c->lock);
    rt_sudog *sg = rt_waitq_dequeue(&c->sendq);
    if (sg) {
        rt_chan_recv_from_waiter(c, sg, dst, self);
        rt_lock_release(&c->lock);
        rt_ready(s, sg->g);
        if (ok) *ok = true;
        return RT_DONE;
    }
    if (c->qcount > 0) {
        rt_chan_buf_take(c, dst, self);
        rt_lock_release(&c->lock);
        if (ok) *ok = true;
        return RT_DONE;
    }
    if (c->closed) {
        rt_chan_recv_closed(c, dst, self);
        rt_lock_release(&c->lock);
        if (ok) *ok = false;
        return RT_DONE;
    }
    park_on(&c->recvq, self, c, dst, RT_WAIT_CHAN_RECV);
    rt_lock_release(&c->lock);
    return RT_PARK;
}

rt_status rt_chan_recv(rt_sched *s, rt_g *self, rt_chan *c, uint64_t *dst, bool *ok) {
    RT_TRACE(s, RT_TEV_RECV, self, (intptr_t)c, 0);
    if (!c) return rt_park_forever(s, self, RT_WAIT_CHAN_RECV_NIL);
    return chan_recv(s, self, c, dst, ok);
}

rt_status rt_chan_close(rt_sched *s, rt_chan *c) {
    RT_TRACE(s, RT_TEV_CLOSE, NULL, (intptr_t)c, 0);
    if (!c) return RT_NILCHAN;
    rt_lock_acquire(&c->lock);
    if (c->closed) {
        rt_lock_release(&c->lock);
        return RT_CLOSED;
    }
    c->closed = true;
    rt_g *head = NULL, *tail = NULL;
    rt_sudog *sg;
    for (int q = 0; q < 2; q++) {
        while ((sg = rt_waitq_dequeue(q == 0 ? &c->recvq : &c->sendq))) {
            if (q == 0) rt_chan_recv_closed(c, sg->elem, sg->g);
            sudog_complete(sg, false);
            /* the G is parked, so its schedlink is free for this list */
            sg->g->schedlink = NULL;
            if (tail)
                tail->schedlink = sg->g;
            else
                head = sg->g;
            tail = sg->g;
        }
    }
    rt_lock_release(&c->lock);
    while (head) {
        rt_g *g = head;
        head = g->schedlink;
        g->schedlink = NULL;
        rt_ready(s, g);
    }
    return RT_DONE;
}

bool rt_chan_try_send(rt_sched *s, rt_chan *c, const uint64_t *elem, rt_status *st) {
    RT_TRACE(s, RT_TEV_SEND, NULL, (intptr_t)c, 0);
    if (st) *st = RT_DONE;
    if (!c) return false;
    rt_lock_acquire(&c->lock);
    if (c->closed) {
        rt_lock_release(&c->lock);
        if (st) *st = RT_CLOSED;
        return false;
    }
    rt_sudog *sg = rt_waitq_dequeue(&c->recvq);
    if (sg) {
        rt_chan_send_to_waiter(c, sg, elem, NULL);
        rt_lock_release(&c->lock);
        rt_ready(s, sg->g);
        return true;
    }
    bool done = c->qcount < c->cap;
    if (done) rt_chan_buf_put(c, elem, NULL);
    rt_lock_release(&c->lock);
    return done;
}

bool rt_chan_try_recv(rt_sched *s, rt_chan *c, uint64_t *dst, bool *ok) {
    RT_TRACE(s, RT_TEV_RECV, NULL, (intptr_t)c, 0);
    if (!c) return false;
    rt_lock_acquire(&c->lock);
    rt_sudog *sg = rt_waitq_dequeue(&c->sendq);
    if (sg) {
        rt_chan_recv_from_waiter(c, sg, dst, NULL);
        rt_lock_release(&c->lock);
        rt_ready(s, sg->g);
        if (ok) *ok = true;
        return true;
    }
    bool done = true;
    if (c->qcount > 0) {
        rt_chan_buf_take(c, dst, NULL);
        if (ok) *ok = true;
    } else if (c->closed) {
        rt_chan_recv_closed(c, dst, NULL);
        if (ok) *ok = false;
    } else {
        done = false;
    }
    rt_lock_release(&c->lock);
    return done;
}

int64_t rt_chan_len(rt_chan *c) {
    if (!c) return 0;
    rt_lock_acquire(&c->lock);
    int64_t n = c->qcount;
    rt_lock_release(&c->lock);
    return n;
}

int64_t rt_chan_cap(rt_chan *c) {
    return c ? c->cap : 0;
}

/* ---------- host threads (chan.h) ---------- */

void rt_hwaiter_init(rt_hwaiter *w) {
    memset(w, 0, sizeof *w);
    w->g.allg_flags = RT_ALLG_HOST;
    w->g.goid = 0; /* traces show host operations as goroutine 0 */
}

void rt_hwaiter_wake(rt_g *g) {
    rt_hwaiter *w = (rt_hwaiter *)g;
    if (w->active) { /* acting again from now on: before the thread can run (chan.h) */
        atomic_fetch_add(&w->active->gen, 1);
        atomic_fetch_add(&w->active->n, 1);
    }
    rt_note_wakeup(&w->note); /* the last touch of the record */
}

void rt_hwaiter_kick(rt_hwaiter *w) {
    rt_note_kick(&w->note);
}

rt_status rt_chan_host_send(rt_sched *s, rt_chan *c, rt_hwaiter *w, uint64_t *elem) {
    RT_TRACE(s, RT_TEV_SEND, NULL, (intptr_t)c, 0);
    return chan_send(s, &w->g, c, elem);
}

rt_status rt_chan_host_recv(rt_sched *s, rt_chan *c, rt_hwaiter *w, uint64_t *dst, bool *ok) {
    RT_TRACE(s, RT_TEV_RECV, NULL, (intptr_t)c, 0);
    return chan_recv(s, &w->g, c, dst, ok);
}

/* Takes sg off c's queue if it is still there: true when no waker has it. */
static bool unqueue(rt_chan *c, rt_sudog *sg) {
    rt_waitq *q = sg->is_send ? &c->sendq : &c->recvq;
    rt_lock_acquire(&c->lock);
    bool queued = sg->prev || q->first == sg;
    if (queued) rt_waitq_remove(q, sg);
    rt_lock_release(&c->lock);
    return queued;
}

rt_hw_result rt_hwaiter_wait(rt_chan *c, rt_hwaiter *w, int64_t deadline) {
    bool taken = false; /* a waker dequeued us: only its note store may end the wait */
    for (;;) {
        rt_note_sleep(&w->note, taken ? 0 : deadline);
        uint32_t k = atomic_load(&w->note.key);
        if (k == 1) return RT_HW_DONE;
        if (!taken) {
            if (unqueue(c, &w->g.sudog)) return k == 2 ? RT_HW_KICKED : RT_HW_TIMEOUT;
            taken = true;
        }
        uint32_t two = 2;
        atomic_compare_exchange_strong(&w->note.key, &two, 0); /* forget the kick */
    }
}

static void drop_g(void *arg, rt_g *g) {
    (void)arg;
    if (g->sel_sudogs) { /* parked in a select, or won but not finished */
        for (int k = 0; k < g->sel_n; k++)
            unqueue(g->sel_sudogs[k].c, &g->sel_sudogs[k]);
        return;
    }
    uint32_t st = atomic_load(&g->status);
    bool parked = st == RT_G_WAITING || st == RT_G_PARKING;
    if (parked && g->sudog.c &&
        (g->wait_reason == RT_WAIT_CHAN_SEND || g->wait_reason == RT_WAIT_CHAN_RECV))
        unqueue(g->sudog.c, &g->sudog);
}

void rt_sched_drop_waiters(rt_sched *s) {
    rt_for_each_g(s, drop_g, NULL);
}

typedef struct blocked_set {
    rt_chan **c;
    int n, cap;
} blocked_set;

static void blocked_add(blocked_set *b, rt_chan *c) {
    if (!c) return;
    for (int i = 0; i < b->n; i++)
        if (b->c[i] == c) return;
    if (b->n == b->cap) {
        int cap = b->cap ? 2 * b->cap : 16;
        rt_chan **p = realloc(b->c, sizeof *p * (size_t)cap);
        if (!p) abort();
        b->c = p;
        b->cap = cap;
    }
    b->c[b->n++] = c;
}

static void blocked_g(void *arg, rt_g *g) {
    blocked_set *b = arg;
    uint32_t st = atomic_load(&g->status);
    if (st != RT_G_WAITING && st != RT_G_PARKING) return;
    if (g->sel_sudogs) {
        for (int k = 0; k < g->sel_n; k++)
            blocked_add(b, g->sel_sudogs[k].c);
        return;
    }
    if (g->wait_reason == RT_WAIT_CHAN_SEND || g->wait_reason == RT_WAIT_CHAN_RECV)
        blocked_add(b, g->sudog.c);
}

rt_chan **rt_blocked_chans(rt_sched *s, int *n) {
    blocked_set b = {0};
    rt_for_each_g(s, blocked_g, &b);
    *n = b.n;
    return b.c;
}

void rt_chan_each_buffered(rt_chan *c, void (*fn)(void *arg, const uint64_t *elem), void *arg) {
    rt_lock_acquire(&c->lock);
    if (c->buf)
        for (int64_t i = 0, k = c->recvx; i < c->qcount; i++) {
            fn(arg, slot(c, k));
            if (++k == c->cap) k = 0;
        }
    rt_lock_release(&c->lock);
}
