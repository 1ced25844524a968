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
