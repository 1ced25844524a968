/* chan.h - channels and select (DESIGN §7): the runtime's interface to the VM.
 *
 * Values are arrays of 64-bit words (vm/value.h); a channel moves elem_words words
 * per element (0 for chan struct{}). A nil channel is a NULL rt_chan*.
 * Blocking operations follow the parking protocol of sched.h: RT_PARK means "return
 * RT_RUN_PARKED from run"; on resumption the outcome is in self->park_ok (and
 * self->select_index for select). Go's panics are reported as return codes:
 *   rt_chan_send  RT_CLOSED  -> "send on closed channel" (also when resumed with
 *                               park_ok == false)
 *   rt_chan_close RT_CLOSED  -> "close of closed channel"
 *                 RT_NILCHAN -> "close of nil channel"
 */
#ifndef RT_CHAN_H
#define RT_CHAN_H

#include "sched.h"

/* pointers: elements may hold GC pointers (otherwise the buffer is atomic memory). */
rt_chan *rt_chan_new(int elem_words, int64_t cap, bool pointers);

/* [G] ch <- *elem. elem must stay valid until self is resumed if RT_PARK. */
rt_status rt_chan_send(rt_sched *s, rt_g *self, rt_chan *c, uint64_t *elem);
/* [G] *dst, *ok = <-ch. dst may be NULL (value discarded); on RT_PARK it is filled
 * before self is readied and the ok result is self->park_ok. */
rt_status rt_chan_recv(rt_sched *s, rt_g *self, rt_chan *c, uint64_t *dst, bool *ok);
/* close(ch): readies every waiter. Any thread. */
rt_status rt_chan_close(rt_sched *s, rt_chan *c);
/* Non-blocking forms (select with a default), usable without a G (timer callbacks):
 * true if the operation happened. try_send on a closed channel returns RT_CLOSED
 * in *st (else RT_DONE). */
bool rt_chan_try_send(rt_sched *s, rt_chan *c, const uint64_t *elem, rt_status *st);
bool rt_chan_try_recv(rt_sched *s, rt_chan *c, uint64_t *dst, bool *ok);
int64_t rt_chan_len(rt_chan *c); /* 0 for nil */
int64_t rt_chan_cap(rt_chan *c);

/* The host operations that are acting (not parked), for deadlock detection (the
 * VM's host_may_wake): n counts them, gen counts every start of one. Whoever readies a
 * parked host waiter counts it in again (n and gen) before it wakes the thread, so a
 * host thread that will act again is never uncounted while every M is idle. */
typedef struct rt_hwactive {
    _Atomic int32_t n;
    _Atomic uint64_t gen;
} rt_hwactive;

/* ---------- host threads (the embedding API: vm/api_chan.c) ----------
 * A host thread that blocks on a channel is not a goroutine and holds no M or P: it
 * queues an rt_hwaiter, whose g is a pseudo-G (allg_flags RT_ALLG_HOST) with the sudog
 * the channel's wait queue links, exactly like a parked G's. Whoever completes the
 * operation (a goroutine, a close, another host thread) writes the outcome and calls
 * rt_ready as for any G; rt_ready sees the flag and wakes the thread through `note`
 * instead of queueing. The record may live on the host thread's stack: a waker touches
 * it last by storing note.key = 1, and the thread leaves only after seeing that store
 * (or after taking itself off the queue, when no waker can have it).
 * note.key: 0 waiting, 1 completed (final), 2 kicked (rt_hwaiter_kick: look again). */
typedef struct rt_hwaiter {
    rt_g g;
    rt_note note;
    rt_hwactive *active;            /* NULL: not counted */
    struct rt_hwaiter *next, *prev; /* the VM's list of blocked host waiters (its lock) */
    int kick_status;                /* set by the kicker, for the host's return status */
} rt_hwaiter;

void rt_hwaiter_init(rt_hwaiter *w);
/* As rt_chan_send / rt_chan_recv with the waiter's pseudo-G as self. s: the running
 * scheduler (to ready goroutines), or NULL when none runs (then only host waiters can
 * be queued on any channel: rt_sched_drop_waiters). RT_PARK: queued, call
 * rt_hwaiter_wait; the outcome is then w->g.park_ok (send: false = closed meanwhile;
 * receive: false = closed, *dst zeroed). *dst must stay valid and GC-visible (a
 * registered thread's stack) until then. */
rt_status rt_chan_host_send(rt_sched *s, rt_chan *c, rt_hwaiter *w, uint64_t *elem);
rt_status rt_chan_host_recv(rt_sched *s, rt_chan *c, rt_hwaiter *w, uint64_t *dst, bool *ok);
typedef enum { RT_HW_DONE, RT_HW_TIMEOUT, RT_HW_KICKED } rt_hw_result;
/* Sleep until the queued operation completes (RT_HW_DONE), or until the monotonic
 * deadline (0: none) or a kick, whichever comes first: then the waiter takes itself
 * off c's queue and the operation did not happen, unless a waker had already taken it
 * (then it waits for that waker and returns RT_HW_DONE). The thread must be registered
 * with the GC. */
rt_hw_result rt_hwaiter_wait(rt_chan *c, rt_hwaiter *w, int64_t deadline);
/* Make a blocked rt_hwaiter_wait look again (mg_vm_stop). Any thread, while w is still
 * on the caller's list. */
void rt_hwaiter_kick(rt_hwaiter *w);
/* After rt_sched_run_main returned: take every goroutine of s still parked on a channel
 * (or in a select) off its wait queues. They never run again, and a channel that
 * outlives the run (one the host holds) must not hand values to them. */
void rt_sched_drop_waiters(rt_sched *s);
/* The channels the Gs of s are parked on (a send, a receive, a select's cases), each
 * once, in a malloc'd array (*n of them; NULL when none) the caller frees. Under the
 * all-Gs lock; meant for when every M is idle (host_may_wake). */
rt_chan **rt_blocked_chans(rt_sched *s, int *n);
/* fn(arg, words) for each value buffered in c, oldest first, under c's lock (fn must
 * not take channel locks). */
void rt_chan_each_buffered(rt_chan *c, void (*fn)(void *arg, const uint64_t *elem), void *arg);

/* ---------- select (select.c) ---------- */
typedef struct rt_scase {
    rt_chan *c;     /* NULL: this case is never ready */
    uint64_t *elem; /* send: the value; receive: destination or NULL */
    bool is_send;
} rt_scase;

/* [G] select over ncases cases (the array may be freed after the call; elem pointers
 * must stay valid while parked). block == false: there is a default case.
 *   RT_DONE    *chosen = case index (-1: the default case), *recv_ok for a receive
 *   RT_PARK    parked; on resumption self->select_index / self->park_ok
 *   RT_CLOSED  the chosen case (*chosen) is a send on a closed channel: panic
 * ncases == 0 && block is `select {}` (parks forever, "select (no cases)"). */
rt_status rt_select(rt_sched *s, rt_g *self, const rt_scase *cases, int ncases, bool block,
                    int *chosen, bool *recv_ok);

#endif
